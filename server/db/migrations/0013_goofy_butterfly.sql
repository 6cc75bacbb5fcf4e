CREATE TABLE "committee_members" (
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"declared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_members_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_reports" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"award_proposed_by" uuid,
	"award_proposed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consensus_scores" ALTER COLUMN "total" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_members_user_idx" ON "committee_members" USING btree ("user_id");