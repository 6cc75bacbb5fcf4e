CREATE TABLE "budget_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_heading" text NOT NULL,
	"to_heading" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"declared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_members_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "concept_notes" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"total" double precision NOT NULL,
	"passed" boolean NOT NULL,
	"shortlisted" boolean NOT NULL,
	"sections" jsonb NOT NULL,
	"sheets" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE "recovery_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"issued_on" text NOT NULL,
	"due_on" text NOT NULL,
	"collected_cents" bigint DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consensus_scores" ALTER COLUMN "total" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "payment_option" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "budget" jsonb;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "budget_by_year" jsonb;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD COLUMN "other_income_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD COLUMN "accepted_costs" jsonb;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "status" text DEFAULT 'paid' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "period" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_transfers" ADD CONSTRAINT "budget_transfers_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD CONSTRAINT "recovery_orders_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_members_user_idx" ON "committee_members" USING btree ("user_id");