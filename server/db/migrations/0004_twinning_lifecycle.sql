ALTER TABLE "twinnings" ADD COLUMN "pending_target" text;--> statement-breakpoint
ALTER TABLE "twinnings" ADD COLUMN "pending_approvals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "twinnings" ADD COLUMN "eoi_id" uuid;