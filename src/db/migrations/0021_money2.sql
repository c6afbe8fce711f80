CREATE TABLE "act_money_settings" (
	"workspace_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"members_see_deal" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "act_money_settings_workspace_id_act_id_pk" PRIMARY KEY("workspace_id","act_id")
);
--> statement-breakpoint
CREATE TABLE "tour_home_currencies" (
	"workspace_id" uuid NOT NULL,
	"tour_id" uuid NOT NULL,
	"currency" text NOT NULL,
	CONSTRAINT "tour_home_currencies_workspace_id_tour_id_pk" PRIMARY KEY("workspace_id","tour_id")
);
--> statement-breakpoint
ALTER TABLE "show_settlements" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "show_settlements" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "act_money_settings" ADD CONSTRAINT "act_money_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "act_money_settings" ADD CONSTRAINT "act_money_settings_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_home_currencies" ADD CONSTRAINT "tour_home_currencies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_home_currencies" ADD CONSTRAINT "tour_home_currencies_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;