CREATE TABLE "act_setlist_settings" (
	"workspace_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"consensus" text NOT NULL,
	"decider_person_ids" uuid[] DEFAULT '{}' NOT NULL,
	"count_touring_musicians" boolean DEFAULT false NOT NULL,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "act_setlist_settings_workspace_id_act_id_pk" PRIMARY KEY("workspace_id","act_id")
);
--> statement-breakpoint
CREATE TABLE "played_setlists" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"entries" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "played_setlists_workspace_id_show_id_pk" PRIMARY KEY("workspace_id","show_id")
);
--> statement-breakpoint
CREATE TABLE "setlist_answers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"entry_id" text,
	"result_version_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "setlist_answers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "setlist_proposals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"title" text NOT NULL,
	"target_kind" text NOT NULL,
	"tour_id" uuid,
	"leg_id" uuid,
	"show_id" uuid,
	"author_person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"based_on_version_id" uuid,
	"agreed_version_id" uuid,
	"agreed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "setlist_proposals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "setlist_versions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"parent_version_id" uuid,
	"author_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"entries" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "setlist_versions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "show_setlists" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"applied_by" uuid NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "show_setlists_workspace_id_show_id_pk" PRIMARY KEY("workspace_id","show_id")
);
--> statement-breakpoint
ALTER TABLE "act_setlist_settings" ADD CONSTRAINT "act_setlist_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "act_setlist_settings" ADD CONSTRAINT "act_setlist_settings_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "played_setlists" ADD CONSTRAINT "played_setlists_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "played_setlists" ADD CONSTRAINT "played_setlists_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_answers" ADD CONSTRAINT "setlist_answers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_answers" ADD CONSTRAINT "setlist_answers_workspace_id_version_id_setlist_versions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","version_id") REFERENCES "public"."setlist_versions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_answers" ADD CONSTRAINT "setlist_answers_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_tour_id_tours_workspace_id_id_fk" FOREIGN KEY ("workspace_id","tour_id") REFERENCES "public"."tours"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_leg_id_tour_legs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","leg_id") REFERENCES "public"."tour_legs"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_proposals" ADD CONSTRAINT "setlist_proposals_workspace_id_author_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","author_person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_versions" ADD CONSTRAINT "setlist_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_versions" ADD CONSTRAINT "setlist_versions_workspace_id_proposal_id_setlist_proposals_workspace_id_id_fk" FOREIGN KEY ("workspace_id","proposal_id") REFERENCES "public"."setlist_proposals"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setlist_versions" ADD CONSTRAINT "setlist_versions_workspace_id_author_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","author_person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_setlists" ADD CONSTRAINT "show_setlists_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_setlists" ADD CONSTRAINT "show_setlists_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "show_setlists" ADD CONSTRAINT "show_setlists_workspace_id_version_id_setlist_versions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","version_id") REFERENCES "public"."setlist_versions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "setlist_answers_version_idx" ON "setlist_answers" USING btree ("workspace_id","version_id","created_at");--> statement-breakpoint
CREATE INDEX "setlist_proposals_act_idx" ON "setlist_proposals" USING btree ("workspace_id","act_id","created_at");--> statement-breakpoint
CREATE INDEX "setlist_versions_proposal_idx" ON "setlist_versions" USING btree ("workspace_id","proposal_id","number");