// Package web is `pingyou serve`: a small local web app, in Chinese, for
// people who do not use the command line. It drives the same pipeline as the
// CLI (pipeline.Check, pipeline.Run, pipeline.Init) and adds nothing to the
// evaluation itself.
//
// Everything the browser loads is embedded in the binary (static/): plain
// HTML, CSS and a little vanilla JavaScript, no CDN, no web fonts, no
// external scripts, so it works on an isolated intranet. Nothing is sent
// anywhere.
//
// # Runs and the data folder
//
// A run (批次) is a folder under <data>/runs/<id>/:
//
//	run.json        the record: uploaded files and their display names, the last
//	                check's problems, the last job's state and progress lines
//	inputs/1.xlsx   uploads, saved under server-chosen names (a number and an
//	inputs/2.xlsx   extension from a fixed list); the name the user gave is kept
//	inputs/pingyou.yaml  only in run.json, cleaned for display, never as a path
//	out/            pipeline.Run's output folder (manifest.json inside)
//	问题标注/        annotated copies written by pipeline.Check / Run
//	previews/       first-page PNGs of output PDFs, made on demand
//
// A department batch (部门批次, issue 19) is <data>/depts/<id>/: dept.json
// (its name and units, the last generation's summary), 部门.yaml written
// from it, and out/, the department's output as `pingyou run` makes it. Its
// units are runs like the above, with Record.Dept naming the department;
// they are left out of the batch list (dept.go).
//
// The data folder defaults to "pingyou-data" beside the program when that
// folder can be created there (the portable case: an office unzips pingyou
// and runs it), else os.UserConfigDir()/pingyou; `serve --data` overrides it.
// Runs survive a restart; a job cut off by a restart is marked as failed.
//
// # Previews
//
// When pdftoppm (poppler) is on the server, the first page of each PDF is
// rendered to a PNG thumbnail. Otherwise (Windows, usually) the page shows the
// PDF itself in an <iframe>, served from this server; no viewer script is
// loaded.
//
// # Security
//
//   - The default address is loopback (127.0.0.1:8080). On loopback the Host
//     header must name the loopback address, which stops DNS rebinding.
//   - Any other address needs an access token (Config.Token; `serve` makes one
//     and prints the address with it). The token in ?token= sets an HttpOnly
//     cookie; requests without it get 401.
//   - Every state-changing request (POST, DELETE) must carry X-CSRF-Token, an
//     HMAC of the session cookie under a key kept in the data folder, and an
//     Origin header, when sent, must match the host.
//   - Uploads are bounded in size and count (Config.MaxFileSize, MaxFiles);
//     workbooks are read by pipeline/sheet with its zip-bomb and bad-file
//     checks; an uploaded scheme may not name files on the server.
//   - Files are served only by names the server chose (a run id matching a
//     fixed pattern, an output path listed in the run's manifest).
package web
