CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text,
	"title" text,
	"outlet" text,
	"published_on" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"incident" jsonb NOT NULL,
	"bundled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"position_id" text NOT NULL,
	"quotation_id" text,
	"url" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" text PRIMARY KEY NOT NULL,
	"party" text NOT NULL,
	"issue" text NOT NULL,
	"option" text NOT NULL,
	"stance" text NOT NULL,
	"as_of" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotations" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"speaker" text,
	"text" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"issue" text,
	"stance" text,
	"confidence" real,
	"review" text DEFAULT 'proposed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regimes" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"provisions" jsonb NOT NULL,
	"base" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text,
	"incident" jsonb NOT NULL,
	"regimes" jsonb NOT NULL,
	"with" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tokens_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "position_evidence" ADD CONSTRAINT "position_evidence_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_evidence" ADD CONSTRAINT "position_evidence_quotation_id_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."quotations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "positions_party_issue" ON "positions" USING btree ("party","issue");--> statement-breakpoint
CREATE INDEX "quotations_article" ON "quotations" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "scenarios_created_at" ON "scenarios" USING btree ("created_at");