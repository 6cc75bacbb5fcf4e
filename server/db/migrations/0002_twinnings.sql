CREATE TABLE "twinnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"a_code" text,
	"a_name" text NOT NULL,
	"a_country" text,
	"a_country_name" text,
	"a_match" text,
	"b_code" text,
	"b_name" text NOT NULL,
	"b_country" text,
	"b_country_name" text,
	"b_match" text,
	"status" text NOT NULL,
	"since_year" integer,
	"source" text NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "twinnings_a_idx" ON "twinnings" USING btree ("a_code");--> statement-breakpoint
CREATE INDEX "twinnings_b_idx" ON "twinnings" USING btree ("b_code");--> statement-breakpoint
CREATE INDEX "twinnings_status_idx" ON "twinnings" USING btree ("status");