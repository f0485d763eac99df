<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>No space left on device: {free} free, about {needed} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs at least two class folders in {root}; found {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photo; at least {minimum} are needed to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photos; at least {minimum} are needed to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are all copies of the same photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {count} of them are different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has {count} readable photos, but {which}, and copies of the same photo count once; at least {minimum} different photos are needed to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {root} does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {root} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class folder(s) not found in {root}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder cannot be opened ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shortcut (symbolic link) that points back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shortcut (symbolic link) whose target no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photo ({count} with {copies} exact copy, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photo ({count} with {copies} exact copies, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photos ({count} with {copies} exact copy, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {different} different photos ({count} with {copies} exact copies, which count once); {minimum} or more different photos per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} class folder(s); training needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photo; {minimum} or more per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photos; {minimum} or more per class give much better results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classes are unbalanced: &apos;{big}&apos; has {big_count} photos, &apos;{small}&apos; only {small_count} ({ratio}×). The model may favour the larger class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same photo is in several classes ({classes}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photo is an exact copy of another; copies add nothing to training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos are an exact copy of another; copies add nothing to training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file cannot be read and will be left out (see the list of skipped files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files cannot be read and will be left out (see the list of skipped files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{validation} of {photos} photos kept aside for validation (about {percent}: each photo&apos;s side is decided by its content, so the share is not exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{correct} of {total} validation photos right — {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} (likely {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {total} photos were kept aside to score the model, so this score can move a lot from one run to another. Sort more photos into each class for a score you can trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be exported to {out}: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} is not a name an export can take; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; an export replaces only a file there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} already exists (and so does {beside}); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{beside} already exists, and an export to {out} would replace it; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{beside} already exist, and an export to {out} would replace them; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not an earlier SavedModel export ({refusal}); only one is ever replaced. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it also holds {names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it also holds {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no saved_model.pb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its variables folder also holds {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its assets folder is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer ran out of memory or disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow Lite could not convert this model ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be checked: this model has no validation photos saved with it (only a model in its run folder has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be checked: none of the run&apos;s validation photos could be read (were they moved or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{same} of {photos} photos get the same answer as in Alpaca Studio (largest difference {largest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{same} of {photos} photos get the same answer as in Alpaca Studio (largest difference {largest}); the export answers differently for {names}. Do not use this export: export again, or report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export {path} could not be run to check it ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export {path} gives {answers} answers per photo, not the {expected} of the model it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the export {path} in Keras took longer than {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export {path} does not load in plain Keras ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 0.1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a file with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device, not a file with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket, not a file with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a run there right now); wait for it to finish, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a export there right now); wait for it to finish, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is in use by another Alpaca Studio process (training or saving a {what} there right now); wait for it to finish, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the photos&apos; features was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps need a model trained in Alpaca Studio; this model lacks its MobileNetV2 parts ({parts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} for the heatmaps could not be made: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its heatmap would replace the photo {target}; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making heatmaps was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large to open safely ({detail}); refused as a possible decompression bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {kind}, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {megapixels} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a photo Alpaca Studio can read (supported: JPEG, PNG, BMP, GIF, WebP, TIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer ran out of memory opening this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or incomplete ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height} pixels, more than {megapixels} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file {path} is {kind}. Choose the MobileNetV2 ImageNet weights file (.h5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file {path} does not exist. Choose the MobileNetV2 ImageNet weights file (.h5) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpaca Studio could not get the ImageNet weights for MobileNetV2. They are downloaded once, the first time you train, and this computer could not reach the download (offline, or behind a proxy). Connect to the internet and try again, or get the file &apos;{name}&apos; (about 9 MB) on another computer and choose it as the weights file (command line: --weights FILE). Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {weights} is not a MobileNetV2 ImageNet weights file Alpaca Studio can use. Choose &apos;{name}&apos; (MobileNetV2 1.0, without its top). Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Keras model file (.keras), or it is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not loaded: {reason}. A real model file is never like this; it is damaged or made to harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} files (a model holds a handful; at most {maximum} are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file named {name} that points outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} unpacks to {size} (such a file is at most a few MB; at most {maximum} is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} unpacks to {size} (at most {maximum} is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} unpacks from {packed} to {size}, far more than model weights ever compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to {size} in all (at most {maximum} is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be saved in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two class names become the same label once written to a labels file ({labels}); rename one of the class folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model found in the folder {path}. Choose a run folder or a .keras file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model found at {path}. Choose a run folder or a .keras file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a model file. Choose a run folder or a .keras file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Keras model file (.keras), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} contains program code; Alpaca Studio does not run code from model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not give probabilities: its last layer ({layer}) ends in a &apos;{activation}&apos; activation, not sigmoid or softmax, so its answers would not be between 0 and 1. Add a sigmoid (one output) or softmax (several) layer and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a complete run ({reason}); train again or choose another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an image classifier Alpaca Studio can use (it expects input of shape {shape}, not square RGB photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has several outputs; Alpaca Studio needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metadata} names {names} classes but the model in {path} has {outputs} outputs; they do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metadata} says the model takes {said} px photos but the model in {path} takes {takes} px; they do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {path} has {classes} classes; {names} names were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be loaded: it is damaged or was made by an incompatible program ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few sorted photos in {classes}: suggestions get better with {minimum} or more per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} needs at least two class folders with photos; found {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class folder in {root} needs readable photos first; {names} has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class folder in {root} needs readable photos first; {names} have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the photos&apos; features was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be put back in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was changed after it was made, so it was kept rather than deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo no longer exists (it was moved or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (no room in {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written in (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo cannot be taken out of {folder} (permission denied); it was left where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its answers are not numbers (NaN or infinite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers values outside 0–1 (such as {worst})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answers for the classes of a photo do not add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not give probabilities: {problem}. Its last layer needs a sigmoid (one output) or softmax (several); Alpaca Studio does not show such scores as probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; the CSV needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}; the CSV needs the name of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a picture ({picture}); the CSV never replaces a picture. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is {size} MB, far more than such a file holds (at most {limit} MB); it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: &quot;{field}&quot; {problem} (found {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: &quot;{field}&quot; {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file {path} is damaged: it holds a JSON {kind}, not the object of fields it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {newest} (a newer Alpaca Studio may have written it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name from 2 to {maximum} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a name that {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a class twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of pixels from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number between 0 and 1 (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {maximum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid text (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no {file}: its saving did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{files} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {file} does not list the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {file} is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a saved Alpaca Studio run; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file; a run needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is inside {data}, where it would become a class folder; save the run somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not saved in {folder}: the folder is no longer claimed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not saved in {folder}: something else was saved there while it trained, and it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds a saved run and other files too ({listed}); only a folder holding a run and nothing else is ever replaced. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds other files ({listed}); a run needs a folder of its own: choose a new folder name, or an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds a saved run ({files}); choose another folder, or add --overwrite to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is too long for this disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder you can write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist or is not a folder one can save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run cannot be saved in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not saved: training went wrong (some of its numbers are not numbers, NaN). Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has no photo left for {side}: its {count} photos are copies of the same photo, and copies always stay on the same side. Add more different photos to &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has no photo left for {side}. Add more different photos to &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo is left for {side}. Add more different photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training or validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading MobileNetV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the new top layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning the last layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring the validation photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled; no model was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {root} cannot be used as a workspace: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot contain any of {characters} or be &apos;.&apos; or &apos;..&apos;, because it must stay a folder inside the workspace. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot start with &apos;.&apos; (such folders are hidden and ignored). Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name cannot contain a line break or other control characters. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name must be valid text (UTF-8), not bytes of another encoding. Received: name=&apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name can have at most {maximum} characters. Received: name={name} ({length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cleaned} is reserved by Windows and cannot be a folder name. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class called {cleaned}. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class folder {cleaned} cannot be created in {root}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class folder {folder} is not empty any more, so it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class called {old} in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something called {cleaned} already exists in {root}. Received: name={name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class {old} cannot be renamed to {cleaned}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is a file, not a folder, so it cannot be a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {root} cannot be used as a workspace: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot be removed: its folder cannot be moved into Unsorted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot come back: something called &apos;{name}&apos; is in the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &apos;{name}&apos; cannot come back: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
