CREATE TABLE "twinning_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"twinning_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"participants" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_tr" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "twinnings" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "twinning_activities" ADD CONSTRAINT "twinning_activities_twinning_id_twinnings_id_fk" FOREIGN KEY ("twinning_id") REFERENCES "public"."twinnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "twinning_activities_twinning_idx" ON "twinning_activities" USING btree ("twinning_id","starts_on");