CREATE TABLE "consultation_confirmations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"email_hash" text,
	"response" jsonb,
	"mail_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"settled" text,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_responses" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD COLUMN "email_hash" text;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "respondent_key" text;--> statement-breakpoint
ALTER TABLE "consultation_confirmations" ADD CONSTRAINT "consultation_confirmations_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_confirmations_email_idx" ON "consultation_confirmations" USING btree ("consultation_id","email_hash");--> statement-breakpoint
CREATE INDEX "consultation_confirmations_expiry_idx" ON "consultation_confirmations" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_responses_one_email_idx" ON "consultation_responses" USING btree ("consultation_id","email_hash");--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_who" CHECK (("consultation_responses"."user_id" IS NULL) <> ("consultation_responses"."email_hash" IS NULL));