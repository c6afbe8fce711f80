CREATE TABLE "hotel_room_guests" (
	"workspace_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"from_date" text,
	"to_date" text,
	CONSTRAINT "hotel_room_guests_workspace_id_room_id_person_id_pk" PRIMARY KEY("workspace_id","room_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "hotel_rooms" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"stay_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"confirmation_number" text DEFAULT '' NOT NULL,
	CONSTRAINT "hotel_rooms_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "hotel_stays" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tour_id" uuid,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"time_zone" text NOT NULL,
	"check_in_date" text NOT NULL,
	"check_in_time" text NOT NULL,
	"check_out_date" text NOT NULL,
	"check_out_time" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hotel_stays_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "hotel_room_guests" ADD CONSTRAINT "hotel_room_guests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_room_guests" ADD CONSTRAINT "hotel_room_guests_workspace_id_room_id_hotel_rooms_workspace_id_id_fk" FOREIGN KEY ("workspace_id","room_id") REFERENCES "public"."hotel_rooms"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_room_guests" ADD CONSTRAINT "hotel_room_guests_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_rooms" ADD CONSTRAINT "hotel_rooms_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_rooms" ADD CONSTRAINT "hotel_rooms_workspace_id_stay_id_hotel_stays_workspace_id_id_fk" FOREIGN KEY ("workspace_id","stay_id") REFERENCES "public"."hotel_stays"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_stays" ADD CONSTRAINT "hotel_stays_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotel_stays" ADD CONSTRAINT "hotel_stays_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotel_room_guests_person_idx" ON "hotel_room_guests" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "hotel_rooms_stay_idx" ON "hotel_rooms" USING btree ("workspace_id","stay_id","position");--> statement-breakpoint
CREATE INDEX "hotel_stays_dates_idx" ON "hotel_stays" USING btree ("workspace_id","check_in_date");