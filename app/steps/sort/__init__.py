"""Step 1, Sort: `page` (the page), `board` (its state without widgets: the workspace, the
tray, the class folders, where a photo is copied or moved into a class folder), `commands`
(each change as an undoable command), `health_check` (the dataset check in the background)."""
