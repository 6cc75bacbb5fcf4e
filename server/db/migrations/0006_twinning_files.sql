CREATE TABLE "twinning_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"twinning_id" uuid NOT NULL,
	"activity_id" uuid,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "twinning_files" ADD CONSTRAINT "twinning_files_twinning_id_twinnings_id_fk" FOREIGN KEY ("twinning_id") REFERENCES "public"."twinnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "twinning_files" ADD CONSTRAINT "twinning_files_activity_id_twinning_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."twinning_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "twinning_files_twinning_idx" ON "twinning_files" USING btree ("twinning_id","uploaded_at");