CREATE TABLE "consultation_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"stakeholder_group" text NOT NULL,
	"side" text NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"votes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"by_respondent" boolean DEFAULT false NOT NULL,
	"author_id" uuid,
	"status" text DEFAULT 'shown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_tr" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description_tr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"invited_authorities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"link_kind" text,
	"link_id" text,
	"min_group_size" integer DEFAULT 5 NOT NULL,
	"allow_new_statements" boolean DEFAULT true NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organiser_id" uuid NOT NULL,
	"organiser_authority" text,
	"decision_tr" text,
	"decision_en" text,
	"decision_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_statements" ADD CONSTRAINT "consultation_statements_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_responses_one_idx" ON "consultation_responses" USING btree ("consultation_id","user_id");--> statement-breakpoint
CREATE INDEX "consultation_responses_user_idx" ON "consultation_responses" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "consultation_statements_consultation_idx" ON "consultation_statements" USING btree ("consultation_id","status");--> statement-breakpoint
CREATE INDEX "consultations_link_idx" ON "consultations" USING btree ("link_kind","link_id");--> statement-breakpoint
CREATE INDEX "consultations_closes_idx" ON "consultations" USING btree ("closes_at");