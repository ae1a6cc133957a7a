-- Announces every recorded event to the server instances listening on "larder_events"
-- (src/modules/events/postgres-event-bus.ts). PostgreSQL delivers a notification when its
-- transaction commits, and never when it rolls back, as the outbox's guarantee requires. The
-- payload is "<type> <id>", far below NOTIFY's 8000 bytes: listeners read the event row itself.
CREATE FUNCTION "event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('larder_events', NEW.type || ' ' || NEW.id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "event_notify" AFTER INSERT ON "event" FOR EACH ROW EXECUTE FUNCTION "event_notify"();
