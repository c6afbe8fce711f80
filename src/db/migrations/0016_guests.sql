CREATE TABLE "guest_allotments" (
	"workspace_id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"act_id" uuid,
	"head_limit" integer NOT NULL,
	"pass_types" text[] NOT NULL,
	CONSTRAINT "guest_allotments_workspace_id_show_id_position_pk" PRIMARY KEY("workspace_id","show_id","position")
);
--> statement-breakpoint
CREATE TABLE "guest_check_ins" (
	"workspace_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"check_in_id" text NOT NULL,
	"device" text DEFAULT '' NOT NULL,
	"admitted_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	CONSTRAINT "guest_check_ins_workspace_id_request_id_pk" PRIMARY KEY("workspace_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "guest_lists" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"cutoff_local" text,
	"cutoff_at" timestamp with time zone,
	"locked" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guest_lists_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "guest_requests" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"show_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"plus_n" integer DEFAULT 0 NOT NULL,
	"pass_type" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"meet_and_greet_time" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"allotment" text NOT NULL,
	"requester_person_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guest_requests_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "guest_allotments" ADD CONSTRAINT "guest_allotments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_allotments" ADD CONSTRAINT "guest_allotments_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_allotments" ADD CONSTRAINT "guest_allotments_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_allotments" ADD CONSTRAINT "guest_allotments_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_check_ins" ADD CONSTRAINT "guest_check_ins_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_check_ins" ADD CONSTRAINT "guest_check_ins_workspace_id_request_id_guest_requests_workspace_id_id_fk" FOREIGN KEY ("workspace_id","request_id") REFERENCES "public"."guest_requests"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_lists" ADD CONSTRAINT "guest_lists_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_lists" ADD CONSTRAINT "guest_lists_workspace_id_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_requests" ADD CONSTRAINT "guest_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_requests" ADD CONSTRAINT "guest_requests_workspace_id_show_id_shows_workspace_id_id_fk" FOREIGN KEY ("workspace_id","show_id") REFERENCES "public"."shows"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_requests" ADD CONSTRAINT "guest_requests_workspace_id_requester_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","requester_person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE SET NULL ("requester_person_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_allotments_person_idx" ON "guest_allotments" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "guest_allotments_act_idx" ON "guest_allotments" USING btree ("workspace_id","act_id");--> statement-breakpoint
CREATE INDEX "guest_requests_show_idx" ON "guest_requests" USING btree ("workspace_id","show_id");--> statement-breakpoint
CREATE INDEX "guest_requests_person_idx" ON "guest_requests" USING btree ("workspace_id","requester_person_id");