CREATE TABLE "concept_notes" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"total" integer NOT NULL,
	"passed" boolean NOT NULL,
	"shortlisted" boolean NOT NULL,
	"sections" jsonb NOT NULL,
	"sheets" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;