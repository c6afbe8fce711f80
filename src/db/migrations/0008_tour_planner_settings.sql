CREATE TABLE "tour_planner_settings" (
	"workspace_id" uuid NOT NULL,
	"tour_id" uuid NOT NULL,
	"rotation" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tour_planner_settings_workspace_id_tour_id_pk" PRIMARY KEY("workspace_id","tour_id")
);
--> statement-breakpoint
ALTER TABLE "tour_planner_settings" ADD CONSTRAINT "tour_planner_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_planner_settings" ADD CONSTRAINT "tour_planner_settings_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;