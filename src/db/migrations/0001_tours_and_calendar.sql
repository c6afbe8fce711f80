CREATE TABLE "show_billing" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "show_billing_workspace_id_show_id_act_id_pk" PRIMARY KEY("workspace_id","show_id","act_id")
);
--> statement-breakpoint
CREATE TABLE "show_lineup" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "show_lineup_workspace_id_show_id_person_id_pk" PRIMARY KEY("workspace_id","show_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "shows" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"tour_id" uuid,
	"leg_id" uuid,
	"venue_id" uuid NOT NULL,
	"local_date" text NOT NULL,
	"load_in" text,
	"soundcheck" text,
	"doors" text,
	"set_start" text,
	"curfew" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"announcement" text NOT NULL,
	"announce_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shows_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "tour_legs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tour_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "tour_legs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "tours" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tours_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"time_zone" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "venues_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "blockouts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "blockouts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "commitment_people" (
	"workspace_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitment_people_workspace_id_commitment_id_person_id_pk" PRIMARY KEY("workspace_id","commitment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"act_id" uuid,
	"venue_id" uuid,
	"location_name" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"time_zone" text NOT NULL,
	"start_date" text NOT NULL,
	"start_time" text,
	"end_date" text NOT NULL,
	"end_time" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"outlet" text,
	"journalist" text,
	"embargo_notes" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "conflict_overrides" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"booking_kind" text NOT NULL,
	"booking_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"conflicts" jsonb NOT NULL,
	CONSTRAINT "conflict_overrides_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "show_billing" ADD CONSTRAINT "show_billing_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_billing" ADD CONSTRAINT "show_billing_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_billing" ADD CONSTRAINT "show_billing_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_lineup" ADD CONSTRAINT "show_lineup_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_lineup" ADD CONSTRAINT "show_lineup_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_lineup" ADD CONSTRAINT "show_lineup_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_workspace_id_leg_id_tour_legs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","leg_id") REFERENCES "public"."tour_legs"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_workspace_id_venue_id_venues_workspace_id_id_fk" FOREIGN KEY ("workspace_id","venue_id") REFERENCES "public"."venues"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_legs" ADD CONSTRAINT "tour_legs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_legs" ADD CONSTRAINT "tour_legs_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tours" ADD CONSTRAINT "tours_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tours" ADD CONSTRAINT "tours_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockouts" ADD CONSTRAINT "blockouts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockouts" ADD CONSTRAINT "blockouts_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_people" ADD CONSTRAINT "commitment_people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_people" ADD CONSTRAINT "commitment_people_workspace_id_commitment_id_commitments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","commitment_id") REFERENCES "public"."commitments"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_people" ADD CONSTRAINT "commitment_people_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_workspace_id_venue_id_venues_workspace_id_id_fk" FOREIGN KEY ("workspace_id","venue_id") REFERENCES "public"."venues"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_overrides" ADD CONSTRAINT "conflict_overrides_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "show_billing_act_idx" ON "show_billing" USING btree ("workspace_id","act_id");--> statement-breakpoint
CREATE INDEX "show_lineup_person_idx" ON "show_lineup" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "shows_act_time_idx" ON "shows" USING btree ("workspace_id","act_id","starts_at");--> statement-breakpoint
CREATE INDEX "blockouts_person_idx" ON "blockouts" USING btree ("workspace_id","person_id","start_date");--> statement-breakpoint
CREATE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "commitment_people_person_time_idx" ON "commitment_people" USING btree ("workspace_id","person_id","starts_at");--> statement-breakpoint
CREATE INDEX "conflict_overrides_booking_idx" ON "conflict_overrides" USING btree ("workspace_id","booking_id");--> statement-breakpoint
CREATE INDEX "acts_public_slug_idx" ON "acts" USING btree ("slug","created_at");