"""One package per sidebar step; they never import each other (`app.main_window` connects them)."""
