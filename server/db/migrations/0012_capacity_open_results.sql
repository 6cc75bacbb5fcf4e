CREATE TABLE "news_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_tr" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_tr" text NOT NULL,
	"summary_en" text NOT NULL,
	"body_tr" text NOT NULL,
	"body_en" text NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cover_image" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "library_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"title_tr" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_tr" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"body_tr" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"country" text,
	"authority_type" text,
	"year" integer,
	"authority_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"twinning_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"project_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" jsonb,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seed_key" text,
	"proposed_by" uuid,
	"decided_by" uuid,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"search_tr" "tsvector" GENERATED ALWAYS AS (translate((setweight(to_tsvector('turkish', coalesce(title_tr, '')) || to_tsvector('simple', coalesce(title_tr, '')), 'A') || setweight(to_tsvector('turkish', coalesce(summary_tr, '')) || to_tsvector('simple', coalesce(summary_tr, '')), 'B') || setweight(to_tsvector('turkish', coalesce(body_tr, '')) || to_tsvector('simple', coalesce(body_tr, '')), 'C'))::text, 'çğıöşüâîûÇĞİIÖŞÜÂÎÛäëïÄËÏßéèêàáóòúùñÉÈÊÀÁÓÒÚÙÑ', 'cgiosuaiucgiiosuaiuaeiaeiseeeaaoouuneeeaaoouun')::tsvector) STORED,
	"search_en" "tsvector" GENERATED ALWAYS AS (translate((setweight(to_tsvector('english', coalesce(title_en, '')) || to_tsvector('simple', coalesce(title_en, '')), 'A') || setweight(to_tsvector('english', coalesce(summary_en, '')) || to_tsvector('simple', coalesce(summary_en, '')), 'B') || setweight(to_tsvector('english', coalesce(body_en, '')) || to_tsvector('simple', coalesce(body_en, '')), 'C'))::text, 'çğıöşüâîûÇĞİIÖŞÜÂÎÛäëïÄËÏßéèêàáóòúùñÉÈÊÀÁÓÒÚÙÑ', 'cgiosuaiucgiiosuaiuaeiaeiseeeaaoouuneeeaaoouun')::tsvector) STORED,
	CONSTRAINT "library_entries_seed_key_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "event_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"waiting_since" timestamp with time zone,
	"attended" boolean DEFAULT false NOT NULL,
	"certificate_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title_tr" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description_tr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"place_mode" text NOT NULL,
	"authority_code" text,
	"address" text,
	"online_link" text,
	"capacity" integer NOT NULL,
	"language" text NOT NULL,
	"hours" double precision NOT NULL,
	"organiser_id" uuid NOT NULL,
	"organiser_authority" text,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_posts_published_idx" ON "news_posts" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "library_entries_search_tr_idx" ON "library_entries" USING gin ("search_tr");--> statement-breakpoint
CREATE INDEX "library_entries_search_en_idx" ON "library_entries" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "library_entries_status_idx" ON "library_entries" USING btree ("status","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_feedback_person_idx" ON "event_feedback" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_person_idx" ON "event_registrations" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_certificate_idx" ON "event_registrations" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");