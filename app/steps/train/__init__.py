"""Step 3, Train: `page` (the page), `session` (where a run starts, and which workspace it
belongs to), `process` (the engine in a process of its own), `jobs` (what runs in the
background), `run_history` (earlier runs), `settings_panel` (presets and Advanced)."""
