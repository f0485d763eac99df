"""Step 4, Test (named `predict` so that nothing here looks like a test to pytest): `page`
(cards and table of answers), `model_loader` (which model answers), `jobs` (predicting,
exporting, copying in the background), `outputs` (CSV, copies, "This is wrong", exports)."""
