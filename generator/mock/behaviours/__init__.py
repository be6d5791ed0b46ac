"""The engine's behaviours, one module each: what the engine does besides storing and answering.

The engine runs them at declared points, in this order:
- an entity is created: `inheritance` (what it takes from its template);
- an entity is attached to a sub-collection or detached from it: `attachment` (storage domains in a data
  center, in maintenance until activated);
- an action runs on an entity: its state changes (`lifecycle`), then `run_state` (a running VM's host and
  display ports), then `events` (the audit log), then `tasks` (the action's answer, polled when async), then
  `tickets` (a ticket action's value and expiry);
- any write: `events`.
A new behaviour is one module here, called at its point, and its test.
"""
