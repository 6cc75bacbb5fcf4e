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
ALTER TABLE "recovery_orders" ADD CONSTRAINT "recovery_orders_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;