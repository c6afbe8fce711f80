CREATE TABLE "travel_journeys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tour_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"departs_at" timestamp with time zone NOT NULL,
	"arrives_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "travel_journeys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "travel_passengers" (
	"workspace_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "travel_passengers_workspace_id_journey_id_person_id_pk" PRIMARY KEY("workspace_id","journey_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "travel_segments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"mode" text NOT NULL,
	"from_name" text NOT NULL,
	"from_iata" text,
	"from_time_zone" text NOT NULL,
	"from_latitude" double precision,
	"from_longitude" double precision,
	"departure_date" text NOT NULL,
	"departure_time" text NOT NULL,
	"departs_at" timestamp with time zone NOT NULL,
	"to_name" text NOT NULL,
	"to_iata" text,
	"to_time_zone" text NOT NULL,
	"to_latitude" double precision,
	"to_longitude" double precision,
	"arrival_date" text NOT NULL,
	"arrival_time" text NOT NULL,
	"arrives_at" timestamp with time zone NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"carrier" text DEFAULT '' NOT NULL,
	"booking_reference" text DEFAULT '' NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "travel_segments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "travel_journeys" ADD CONSTRAINT "travel_journeys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_journeys" ADD CONSTRAINT "travel_journeys_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_passengers" ADD CONSTRAINT "travel_passengers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_passengers" ADD CONSTRAINT "travel_passengers_workspace_id_journey_id_travel_journeys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","journey_id") REFERENCES "public"."travel_journeys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_passengers" ADD CONSTRAINT "travel_passengers_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_segments" ADD CONSTRAINT "travel_segments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_segments" ADD CONSTRAINT "travel_segments_workspace_id_journey_id_travel_journeys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","journey_id") REFERENCES "public"."travel_journeys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "travel_journeys_departs_idx" ON "travel_journeys" USING btree ("workspace_id","departs_at");--> statement-breakpoint
CREATE INDEX "travel_passengers_person_idx" ON "travel_passengers" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "travel_segments_journey_idx" ON "travel_segments" USING btree ("workspace_id","journey_id","position");