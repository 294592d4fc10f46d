"""`frozen.builder` makes the same instances as the constructors it stands in for."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscbot.domain.frozen import builder
from cscbot.domain.mail import MailMessage
from cscbot.ports import RawMail
from cscbot.records import JournalEntry, JournalRow, Verdict

_ANY = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.binary(max_size=5))


@given(st.lists(_ANY, min_size=17, max_size=17))
def test_built_rows_equal_constructed_ones_and_stay_frozen(values: list[object]) -> None:
    built, made = builder(JournalRow)(*values), JournalRow(*values)  # type: ignore[arg-type]
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.id = 2  # type: ignore[misc]


def test_entries_with_a_verdict_and_messages_are_built_alike() -> None:
    verdict = Verdict("list", "List-Id: x", "no handler for list")
    values = ("INBOX", 7, "3", "<m@x>", "ab" * 32, 10, b"data", verdict)
    assert builder(JournalEntry)(*values) == JournalEntry(*values)
    mail = ("INBOX", 7, "3", b"data", -1)
    assert builder(RawMail)(*mail) == RawMail(*mail) and builder(RawMail)(*mail).octets == 4
    fields = ("<m@x>", "Hi", "a@b", "A", "", (), (("From", "a@b"),), {"from": "a@b"},
              "text/plain", "", 3, b"raw", ())
    built, made = builder(MailMessage)(*fields), MailMessage(*fields)
    assert vars(built) == vars(made) and built.to == made.to == ()


def test_a_call_must_give_every_field() -> None:
    with pytest.raises(TypeError, match="takes 3 values, got 2"):
        builder(Verdict)("a", "b")


@dataclass(frozen=True)
class _Checked:
    x: int

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("negative")


@dataclass(frozen=True, slots=True)
class _Slotted:
    x: int


@dataclass
class _Mutable:
    x: int


@dataclass(frozen=True)
class _Derived:
    x: int
    y: int = dataclasses.field(init=False, default=0)


@pytest.mark.parametrize("cls", [_Checked, _Slotted, _Mutable, _Derived, int])
def test_classes_whose_init_does_more_are_refused(cls: type) -> None:
    with pytest.raises(TypeError):
        builder(cls)
