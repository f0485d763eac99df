"""The one undo history: an undo or redo that cannot be done whole changes nothing."""

from __future__ import annotations

from app.history import History, UndoableCommand


class _Put(UndoableCommand):
    """Puts `item` into `box`; its undo fails while `stuck` is true (and changes nothing)."""

    def __init__(self, box: list, item: str, stuck: dict) -> None:
        super().__init__(f"put {item}")
        self.box, self.item, self.stuck = box, item, stuck

    def do_redo(self) -> None:
        self.box.append(self.item)

    def do_undo(self) -> None:
        if self.stuck.get(self.item):
            self.failed = True
            return
        self.box.remove(self.item)


def test_a_failed_undo_inside_a_group_of_changes_puts_the_whole_group_back(qtbot):
    history, box, stuck = History(), [], {}
    said = []
    history.undone.connect(said.append)
    history.stack.beginMacro("put a and b")
    history.push(_Put(box, "a", stuck))
    history.push(_Put(box, "b", stuck))
    history.stack.endMacro()
    assert box == ["a", "b"]
    stuck["a"] = True  # "b" is undone first and works; then "a" cannot be
    assert history.undo() is False
    assert box == ["a", "b"] and history.stack.index() == 1 and said == []
    stuck["a"] = False
    assert history.undo() is True
    assert box == [] and history.stack.index() == 0 and said == ["Undone: put a and b"]
    assert history.redo() is True and box == ["a", "b"]
