"""Step 4, Test (named `predict` so that nothing here looks like a test to pytest): `page`
(cards and table of answers), `model_loader` (which model answers), `jobs` (predicting,
exporting, copying in the background), `outputs` (CSV, copies, model exports),
`corrections` ("This is wrong"), `commands` (their undoable changes), `model_export`
(export names and the files that come with an export), `words` (counts in words)."""
