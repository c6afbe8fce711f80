CREATE TABLE "public_handles" (
	"handle" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "acts_public_slug_idx";--> statement-breakpoint
ALTER TABLE "public_handles" ADD CONSTRAINT "public_handles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_handles" ADD CONSTRAINT "public_handles_workspace_id_act_id_acts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","act_id") REFERENCES "public"."acts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "public_handles_act_key" ON "public_handles" USING btree ("workspace_id","act_id");