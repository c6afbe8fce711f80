CREATE TABLE "show_offers" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"on_sale_local" text,
	"on_sale_at" timestamp with time zone,
	"sold_out" boolean DEFAULT false NOT NULL,
	"price_minor" integer,
	"currency" text,
	CONSTRAINT "show_offers_workspace_id_show_id_position_pk" PRIMARY KEY("workspace_id","show_id","position")
);
--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "lifecycle" text DEFAULT 'scheduled' NOT NULL;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "previous_dates" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "moved_from" jsonb;--> statement-breakpoint
ALTER TABLE "show_offers" ADD CONSTRAINT "show_offers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_offers" ADD CONSTRAINT "show_offers_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;