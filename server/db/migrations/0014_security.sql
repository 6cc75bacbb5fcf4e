ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "signed_grant_cents" bigint;