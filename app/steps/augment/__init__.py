"""Step 2, Augment: `page` (the page and its settings), `renderer` (the live preview, rendered
off the GUI thread by the very Keras layers that train)."""
