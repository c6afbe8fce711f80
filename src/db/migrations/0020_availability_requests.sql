CREATE TABLE "availability_answers" (
	"workspace_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"answer" text,
	"comment" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"commitment_id" uuid,
	CONSTRAINT "availability_answers_workspace_id_request_id_person_id_pk" PRIMARY KEY("workspace_id","request_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "availability_requests" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"time_zone" text NOT NULL,
	"answer_by" date NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"created_by_person_id" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "availability_requests_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "availability_answers" ADD CONSTRAINT "availability_answers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_answers" ADD CONSTRAINT "availability_answers_workspace_id_request_id_availability_requests_workspace_id_id_fk" FOREIGN KEY ("workspace_id","request_id") REFERENCES "public"."availability_requests"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_answers" ADD CONSTRAINT "availability_answers_workspace_id_person_id_people_workspace_id_id_fk" FOREIGN KEY ("workspace_id","person_id") REFERENCES "public"."people"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_requests" ADD CONSTRAINT "availability_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "availability_answers_person_idx" ON "availability_answers" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "availability_requests_start_idx" ON "availability_requests" USING btree ("workspace_id","start_date");