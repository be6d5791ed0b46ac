"""The `ticket` action (guide §15.7.12): the answer gives the ticket's value and the expiry used."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from ..engine import Engine
    from . import Action

TICKET_EXPIRY = "120"  # minutes, when the ticket action names none


def fill(engine: Engine, action: Action) -> None:
    """Give a ticket action's answer its value (when the request gave none) and expiry."""
    ticket = action.answer.find("ticket")
    ticket = ticket if ticket is not None else etree.SubElement(action.answer, "ticket")
    for name, value in (("value", secrets.token_urlsafe(9)), ("expiry", TICKET_EXPIRY)):
        holder = ticket.find(name)
        if holder is None:
            holder = etree.SubElement(ticket, name)
        holder.text = (holder.text or "").strip() or value
