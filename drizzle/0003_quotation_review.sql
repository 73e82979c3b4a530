ALTER TABLE "quotations" ADD COLUMN "party" text;--> statement-breakpoint
ALTER TABLE "quotations" ADD COLUMN "proposed" jsonb;--> statement-breakpoint
ALTER TABLE "quotations" ADD COLUMN "reviewed_at" timestamp with time zone;