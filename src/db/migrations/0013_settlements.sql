CREATE TABLE "show_settlements" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"currency" text NOT NULL,
	"terms" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "show_settlements_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "show_settlements" ADD CONSTRAINT "show_settlements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_settlements" ADD CONSTRAINT "show_settlements_workspace_id_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;