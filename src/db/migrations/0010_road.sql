CREATE TABLE "schedule_item_people" (
	"workspace_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "schedule_item_people_workspace_id_item_id_person_id_pk" PRIMARY KEY("workspace_id","item_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "schedule_items" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"day_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"start_time" text NOT NULL,
	"start_day_offset" integer DEFAULT 0 NOT NULL,
	"end_time" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"display" text NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"audience" text NOT NULL,
	"audience_act_id" uuid,
	"location" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "schedule_items_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "schedule_templates" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"items" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "schedule_templates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "tour_days" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"tour_id" uuid,
	"leg_id" uuid,
	"local_date" text NOT NULL,
	"type" text NOT NULL,
	"city" text NOT NULL,
	"time_zone" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tour_days_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "schedule_item_people" ADD CONSTRAINT "schedule_item_people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_item_people" ADD CONSTRAINT "schedule_item_people_workspace_id_item_id_schedule_items_workspace_id_id_fk" FOREIGN KEY ("workspace_id","item_id") REFERENCES "public"."schedule_items"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_item_people" ADD CONSTRAINT "schedule_item_people_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_items" ADD CONSTRAINT "schedule_items_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_items" ADD CONSTRAINT "schedule_items_workspace_id_day_id_tour_days_workspace_id_id_fk" FOREIGN KEY ("workspace_id","day_id") REFERENCES "public"."tour_days"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_items" ADD CONSTRAINT "schedule_items_workspace_id_audience_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","audience_act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_templates" ADD CONSTRAINT "schedule_templates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_days" ADD CONSTRAINT "tour_days_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_days" ADD CONSTRAINT "tour_days_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_days" ADD CONSTRAINT "tour_days_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_days" ADD CONSTRAINT "tour_days_workspace_id_leg_id_tour_legs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","leg_id") REFERENCES "public"."tour_legs"("workspace_id","id") ON DELETE SET NULL ("leg_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "schedule_item_people_person_idx" ON "schedule_item_people" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "schedule_items_day_idx" ON "schedule_items" USING btree ("workspace_id","day_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tour_days_act_date_idx" ON "tour_days" USING btree ("workspace_id","act_id","local_date");--> statement-breakpoint
CREATE INDEX "tour_days_tour_idx" ON "tour_days" USING btree ("workspace_id","tour_id","local_date");