CREATE TABLE "travel_segment_passengers" (
	"workspace_id" uuid NOT NULL,
	"segment_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "travel_segment_passengers_workspace_id_segment_id_person_id_pk" PRIMARY KEY("workspace_id","segment_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "travel_segment_passengers" ADD CONSTRAINT "travel_segment_passengers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_segment_passengers" ADD CONSTRAINT "travel_segment_passengers_workspace_id_segment_id_travel_segments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","segment_id") REFERENCES "public"."travel_segments"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_segment_passengers" ADD CONSTRAINT "travel_segment_passengers_workspace_id_journey_id_person_id_travel_passengers_workspace_id_journey_id_person_id_fk" FOREIGN KEY ("workspace_id","journey_id","person_id") REFERENCES "public"."travel_passengers"("workspace_id","journey_id","person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "travel_segment_passengers_journey_idx" ON "travel_segment_passengers" USING btree ("workspace_id","journey_id","person_id");--> statement-breakpoint
-- Every existing segment carries its journey's passengers (ADR 050, amended 2026-12-07): nothing changes for stored journeys.
INSERT INTO "travel_segment_passengers" ("workspace_id", "segment_id", "journey_id", "person_id")
SELECT s."workspace_id", s."id", s."journey_id", p."person_id"
FROM "travel_segments" s
JOIN "travel_passengers" p ON p."workspace_id" = s."workspace_id" AND p."journey_id" = s."journey_id";
