CREATE TABLE "position_quotations" (
	"position_id" text NOT NULL,
	"quotation_id" text NOT NULL,
	"ord" integer NOT NULL,
	CONSTRAINT "position_quotations_position_id_quotation_id_pk" PRIMARY KEY("position_id","quotation_id")
);
--> statement-breakpoint
ALTER TABLE "position_evidence" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "position_evidence" CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "date" text NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "date_inferred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "date_as_given" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "evidence" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "position_quotations" ADD CONSTRAINT "position_quotations_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_quotations" ADD CONSTRAINT "position_quotations_quotation_id_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."quotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "position_quotations_quotation" ON "position_quotations" USING btree ("quotation_id");--> statement-breakpoint
CREATE INDEX "positions_date" ON "positions" USING btree ("date");--> statement-breakpoint
ALTER TABLE "positions" DROP COLUMN "as_of";--> statement-breakpoint
ALTER TABLE "positions" DROP COLUMN "note";