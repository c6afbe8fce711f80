CREATE TABLE "organizations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"ipi_name_number" text,
	"society" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organizations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "act_planner_settings" (
	"workspace_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "act_planner_settings_workspace_id_act_id_pk" PRIMARY KEY("workspace_id","act_id")
);
--> statement-breakpoint
CREATE TABLE "planner_runs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"status" text NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"seed" integer NOT NULL,
	"budget_ms" integer NOT NULL,
	"result" jsonb,
	"error" text,
	"cancel_requested" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "planner_runs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "planner_suggestions" (
	"workspace_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "planner_suggestions_workspace_id_version_id_pk" PRIMARY KEY("workspace_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "award_nominations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"award" text NOT NULL,
	"category" text NOT NULL,
	"year" integer NOT NULL,
	"result" text NOT NULL,
	"act_id" uuid,
	"person_id" uuid,
	"recording_id" uuid,
	"release_group_id" uuid,
	"ceremony_date" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "award_nominations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "award_nominations_some_subject" CHECK (num_nonnulls("award_nominations"."act_id", "award_nominations"."person_id", "award_nominations"."recording_id", "award_nominations"."release_group_id") >= 1),
	CONSTRAINT "award_nominations_year" CHECK ("award_nominations"."year" between 1900 and 2999)
);
--> statement-breakpoint
CREATE TABLE "chart_entries" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"chart" text NOT NULL,
	"genre" text,
	"territory" text,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"chart_date" text NOT NULL,
	"release_group_id" uuid,
	"edition_id" uuid,
	"recording_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chart_entries_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "chart_entries_once_per_day" UNIQUE NULLS NOT DISTINCT("workspace_id","release_group_id","edition_id","recording_id","chart","genre","territory","kind","chart_date"),
	CONSTRAINT "chart_entries_one_subject" CHECK (num_nonnulls("chart_entries"."release_group_id", "chart_entries"."edition_id", "chart_entries"."recording_id") = 1),
	CONSTRAINT "chart_entries_position_positive" CHECK ("chart_entries"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "pitches" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"act_id" uuid,
	"artist_name" text,
	"status" text NOT NULL,
	"pitched_on" text NOT NULL,
	"status_on" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pitches_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "pitches_one_artist" CHECK (num_nonnulls("pitches"."act_id", "pitches"."artist_name") = 1)
);
--> statement-breakpoint
CREATE TABLE "work_holds" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"holder_kind" text NOT NULL,
	"holder_organization_id" uuid,
	"holder_act_id" uuid,
	"holder_person_id" uuid,
	"kind" text NOT NULL,
	"starts_on" text NOT NULL,
	"period_months" integer,
	"period_days" integer,
	"ends_on" text,
	"ends_on_release" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "work_holds_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "work_holds_one_holder" CHECK (("work_holds"."holder_kind" = 'organization' and "work_holds"."holder_organization_id" is not null and "work_holds"."holder_act_id" is null and "work_holds"."holder_person_id" is null)
        or ("work_holds"."holder_kind" = 'act' and "work_holds"."holder_act_id" is not null and "work_holds"."holder_organization_id" is null and "work_holds"."holder_person_id" is null)
        or ("work_holds"."holder_kind" = 'person' and "work_holds"."holder_person_id" is not null and "work_holds"."holder_organization_id" is null and "work_holds"."holder_act_id" is null)),
	CONSTRAINT "work_holds_period_or_end" CHECK (("work_holds"."ends_on" is null) <> ("work_holds"."period_months" is null and "work_holds"."period_days" is null)),
	CONSTRAINT "work_holds_ends_after_start" CHECK ("work_holds"."ends_on" is null or "work_holds"."ends_on" >= "work_holds"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "external_ids" (
	"workspace_id" uuid NOT NULL,
	"source" text NOT NULL,
	"entity_kind" text NOT NULL,
	"external_id" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "external_ids_workspace_id_source_entity_kind_external_id_pk" PRIMARY KEY("workspace_id","source","entity_kind","external_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_settings" (
	"workspace_id" uuid NOT NULL,
	"submitter_id" uuid,
	"sender_code" text DEFAULT 'GRN' NOT NULL,
	"last_transmission_year" integer DEFAULT 0 NOT NULL,
	"last_transmission_sequence" integer DEFAULT 0 NOT NULL,
	"last_work_number" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "publishing_settings_workspace_id_pk" PRIMARY KEY("workspace_id")
);
--> statement-breakpoint
CREATE TABLE "work_publishing" (
	"workspace_id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"submitter_work_code" text,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "work_publishing_workspace_id_work_id_pk" PRIMARY KEY("workspace_id","work_id")
);
--> statement-breakpoint
CREATE TABLE "work_registrations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"society" text NOT NULL,
	"submitter_work_code" text NOT NULL,
	"status" text NOT NULL,
	"status_code" text,
	"status_date" text NOT NULL,
	"society_work_code" text,
	"message" text DEFAULT '' NOT NULL,
	"transmission_file" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "work_registrations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "writer_profiles" (
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ipi_name_number" text,
	"society" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "writer_profiles_workspace_id_person_id_pk" PRIMARY KEY("workspace_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "writer_publishers" (
	"workspace_id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"publisher_id" uuid,
	"administrator_id" uuid,
	"controlled" boolean DEFAULT false NOT NULL,
	"pr_share_bp" integer DEFAULT 0 NOT NULL,
	"mr_share_bp" integer DEFAULT 0 NOT NULL,
	"sr_share_bp" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "writer_publishers_workspace_id_work_id_person_id_pk" PRIMARY KEY("workspace_id","work_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "work_writers" ALTER COLUMN "share_bp" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "act_planner_settings" ADD CONSTRAINT "act_planner_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "act_planner_settings" ADD CONSTRAINT "act_planner_settings_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_runs" ADD CONSTRAINT "planner_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_runs" ADD CONSTRAINT "planner_runs_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_runs" ADD CONSTRAINT "planner_runs_workspace_id_requested_by_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","requested_by") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_suggestions" ADD CONSTRAINT "planner_suggestions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_suggestions" ADD CONSTRAINT "planner_suggestions_workspace_id_version_id_setlist_versions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","version_id") REFERENCES "public"."setlist_versions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planner_suggestions" ADD CONSTRAINT "planner_suggestions_workspace_id_run_id_planner_runs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","run_id") REFERENCES "public"."planner_runs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_workspace_id_recording_id_recordings_workspace_id_id_fk" FOREIGN KEY ("workspace_id","recording_id") REFERENCES "public"."recordings"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_workspace_id_release_group_id_release_groups_workspace_id_id_fk" FOREIGN KEY ("workspace_id","release_group_id") REFERENCES "public"."release_groups"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chart_entries" ADD CONSTRAINT "chart_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chart_entries" ADD CONSTRAINT "chart_entries_workspace_id_release_group_id_release_groups_workspace_id_id_fk" FOREIGN KEY ("workspace_id","release_group_id") REFERENCES "public"."release_groups"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chart_entries" ADD CONSTRAINT "chart_entries_workspace_id_edition_id_editions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","edition_id") REFERENCES "public"."editions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chart_entries" ADD CONSTRAINT "chart_entries_workspace_id_recording_id_recordings_workspace_id_id_fk" FOREIGN KEY ("workspace_id","recording_id") REFERENCES "public"."recordings"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitches" ADD CONSTRAINT "pitches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitches" ADD CONSTRAINT "pitches_workspace_id_work_id_works_workspace_id_id_fk" FOREIGN KEY ("workspace_id","work_id") REFERENCES "public"."works"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitches" ADD CONSTRAINT "pitches_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_holds" ADD CONSTRAINT "work_holds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_holds" ADD CONSTRAINT "work_holds_workspace_id_work_id_works_workspace_id_id_fk" FOREIGN KEY ("workspace_id","work_id") REFERENCES "public"."works"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_holds" ADD CONSTRAINT "work_holds_workspace_id_holder_organization_id_organizations_workspace_id_id_fk" FOREIGN KEY ("workspace_id","holder_organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_holds" ADD CONSTRAINT "work_holds_workspace_id_holder_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","holder_act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_holds" ADD CONSTRAINT "work_holds_workspace_id_holder_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","holder_person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_ids" ADD CONSTRAINT "external_ids_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_settings" ADD CONSTRAINT "publishing_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_settings" ADD CONSTRAINT "publishing_settings_workspace_id_submitter_id_organizations_workspace_id_id_fk" FOREIGN KEY ("workspace_id","submitter_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_publishing" ADD CONSTRAINT "work_publishing_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_publishing" ADD CONSTRAINT "work_publishing_workspace_id_work_id_works_workspace_id_id_fk" FOREIGN KEY ("workspace_id","work_id") REFERENCES "public"."works"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_registrations" ADD CONSTRAINT "work_registrations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_registrations" ADD CONSTRAINT "work_registrations_workspace_id_work_id_works_workspace_id_id_fk" FOREIGN KEY ("workspace_id","work_id") REFERENCES "public"."works"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_profiles" ADD CONSTRAINT "writer_profiles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_profiles" ADD CONSTRAINT "writer_profiles_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_publishers" ADD CONSTRAINT "writer_publishers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_publishers" ADD CONSTRAINT "writer_publishers_workspace_id_work_id_work_publishing_workspace_id_work_id_fk" FOREIGN KEY ("workspace_id","work_id") REFERENCES "public"."work_publishing"("workspace_id","work_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_publishers" ADD CONSTRAINT "writer_publishers_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_publishers" ADD CONSTRAINT "writer_publishers_workspace_id_publisher_id_organizations_workspace_id_id_fk" FOREIGN KEY ("workspace_id","publisher_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "writer_publishers" ADD CONSTRAINT "writer_publishers_workspace_id_administrator_id_organizations_workspace_id_id_fk" FOREIGN KEY ("workspace_id","administrator_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planner_runs_act_idx" ON "planner_runs" USING btree ("workspace_id","act_id","created_at");--> statement-breakpoint
CREATE INDEX "award_nominations_act_idx" ON "award_nominations" USING btree ("workspace_id","act_id");--> statement-breakpoint
CREATE INDEX "chart_entries_edition_idx" ON "chart_entries" USING btree ("workspace_id","edition_id");--> statement-breakpoint
CREATE INDEX "chart_entries_recording_idx" ON "chart_entries" USING btree ("workspace_id","recording_id");--> statement-breakpoint
CREATE INDEX "pitches_work_idx" ON "pitches" USING btree ("workspace_id","work_id");--> statement-breakpoint
CREATE INDEX "work_holds_work_idx" ON "work_holds" USING btree ("workspace_id","work_id");--> statement-breakpoint
CREATE INDEX "external_ids_entity_idx" ON "external_ids" USING btree ("workspace_id","entity_kind","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_publishing_code_key" ON "work_publishing" USING btree ("workspace_id","submitter_work_code");--> statement-breakpoint
CREATE UNIQUE INDEX "work_registrations_society_key" ON "work_registrations" USING btree ("workspace_id","work_id","society");--> statement-breakpoint
CREATE INDEX "work_registrations_work_idx" ON "work_registrations" USING btree ("workspace_id","work_id");