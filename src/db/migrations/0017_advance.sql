CREATE TABLE "promoter_links" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"submission" jsonb,
	"submitted_at" timestamp with time zone,
	"decision" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "promoter_links_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "show_advance" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"checklist" jsonb NOT NULL,
	"contacts" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "show_advance_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "venue_advance" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"facts" jsonb NOT NULL,
	"contacts" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "venue_advance_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "promoter_links" ADD CONSTRAINT "promoter_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promoter_links" ADD CONSTRAINT "promoter_links_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_advance" ADD CONSTRAINT "show_advance_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_advance" ADD CONSTRAINT "show_advance_workspace_id_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_advance" ADD CONSTRAINT "venue_advance_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_advance" ADD CONSTRAINT "venue_advance_workspace_id_id_venues_workspace_id_id_fk" FOREIGN KEY ("workspace_id","id") REFERENCES "public"."venues"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "promoter_links_token_hash_idx" ON "promoter_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "promoter_links_show_idx" ON "promoter_links" USING btree ("workspace_id","show_id");