"""Run the briefing notebooks and render them to HTML.

The findings are computed once and written as ``findings.json``; every notebook then runs
under papermill with ``findings_path`` injected as a parameter, and nbconvert exports each
executed notebook twice: a reader version without code and a classroom version with it.
The run builds its pages in a sibling folder (``.DIR.building``, a copy of the earlier
report) and swaps it with ``DIR`` at the end, so the pages, ``findings.json`` and
``index.html`` of one run replace the old ones together: a run that fails, is interrupted or
killed leaves the earlier report whole. A failed notebook keeps its earlier pages; the other
notebooks still render. A lock (``.DIR.lock`` beside ``DIR``) keeps a second run out while
one writes.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import ERROR_LOG, UserError
from analysis.findings import DEFAULT_SIDES, Findings, build_findings, write_atomic
from analysis.ingest import DEFAULT_MAX_BYTES
from analysis.progress import Report, quiet

if TYPE_CHECKING:
    from jupyter_client.manager import AsyncKernelManager
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

__all__ = ["NotebookResult", "RunResult", "default_notebooks_dir", "list_notebooks", "run_briefing"]

_REPO_NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

CLASSROOM_TAG = "classroom"
"""A notebook cell with this tag is shown on the classroom page only (TIMEX3 values, ids, flags)."""


@dataclass(frozen=True)
class NotebookResult:
    """One notebook's outcome: where its outputs went, or the error (naming the cell)."""

    name: str
    reader_html: str | None
    classroom_html: str | None
    executed: str | None
    error: str | None = None


@dataclass(frozen=True)
class RunResult:
    """What ``briefing run`` produced."""

    out_dir: str
    findings: Findings
    notebooks: tuple[NotebookResult, ...]
    index_html: str
    briefing_html: str | None = None
    briefing_pdf: str | None = None

    @property
    def failed(self) -> tuple[NotebookResult, ...]:
        return tuple(n for n in self.notebooks if n.error)


def default_notebooks_dir() -> Path:
    """The ``notebooks/`` folder of this checkout."""
    return _REPO_NOTEBOOKS


def list_notebooks(notebooks_dir: str | os.PathLike[str]) -> list[Path]:
    """The briefing notebooks in run order (``NN-name.ipynb``, by name)."""
    folder = Path(notebooks_dir)
    if not folder.is_dir():
        raise UserError(f"notebooks folder {folder} does not exist; pass --notebooks DIR")
    found = sorted(p for p in folder.glob("[0-9]*.ipynb") if not p.name.startswith("."))
    if not found:
        raise UserError(f"no notebooks named NN-name.ipynb in {folder} (--notebooks DIR)")
    return found


def _cell_error(exc: BaseException, notebook: str) -> str:
    """One line naming the notebook and the failing cell."""
    cell = getattr(exc, "exec_count", None) or getattr(exc, "cell_index", None)
    ename = getattr(exc, "ename", None) or type(exc).__name__
    evalue = getattr(exc, "evalue", None) or str(exc).strip().splitlines()[-1:] or [""]
    if isinstance(evalue, list):
        evalue = evalue[0]
    where = f"cell {cell}" if cell is not None else "a cell"
    return f"notebook {notebook} failed in {where}: {ename}: {evalue}"


def page_label(notebook: Path) -> str:
    """A notebook's title: the text of its first level-one heading, else its name.

    A file that is not a valid notebook (truncated JSON, ``{}``) raises ``ValueError``.
    """
    import nbformat

    try:
        nb = nbformat.read(notebook, as_version=4)  # type: ignore[no-untyped-call]
        nbformat.validate(nb)
    except Exception as exc:  # nbformat raises JSON, validation and key errors alike
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ValueError(f"notebook {notebook.name} is not a valid notebook file: {reason}") from exc
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in str(cell.source).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return notebook.stem


_EXPORTERS = threading.local()


def _exporter(with_code: bool) -> HTMLExporter:
    """One HTML exporter per kind of page and per thread, reused.

    An exporter compiles nbconvert's Jinja templates on first use (about a tenth of a
    second); reusing it spares that for every page after the first.
    """
    by_kind: dict[bool, HTMLExporter] = _EXPORTERS.__dict__.setdefault("by_kind", {})
    if with_code not in by_kind:
        from nbconvert import HTMLExporter

        exporter = HTMLExporter(template_name="lab")  # type: ignore[no-untyped-call]
        if not with_code:  # cells tagged "classroom" (values, ids, flags) are for the classroom page only
            from nbconvert.preprocessors import TagRemovePreprocessor

            remove = TagRemovePreprocessor(remove_cell_tags={CLASSROOM_TAG}, enabled=True)  # type: ignore[no-untyped-call]
            exporter.register_preprocessor(remove, enabled=True)  # type: ignore[no-untyped-call]
        exporter.exclude_input = not with_code
        exporter.exclude_input_prompt = not with_code
        exporter.exclude_output_prompt = True
        by_kind[with_code] = exporter
    return by_kind[with_code]


def _export(
    executed: Path | NotebookNode,
    *,
    with_code: bool,
    title: str,
    pages: Sequence[tuple[str, str]] = (),
    current: str | None = None,
) -> str:
    """One HTML page of an executed notebook (a file, or the notebook already read)."""
    import nbformat

    from analysis.htmlpage import finish_html

    notebook = nbformat.read(executed, as_version=4) if isinstance(executed, Path) else executed  # type: ignore[no-untyped-call]
    for cell in notebook.cells:  # papermill gives the cell it adds a random id; pages must not vary
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    body, _ = _exporter(with_code).from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return finish_html(str(body), pages=pages, current=current)


def portable_parameters(parameters: Mapping[str, object], *, folder: Path) -> str:
    """The injected parameters cell as saved in the report: paths relative to ``folder``.

    ``findings_path`` and ``paths`` become relative to the folder the executed notebook is
    saved in, so the report can be moved or sent and shows no path of the machine that
    built it; a comment says how to analyse other articles instead.
    """

    def relative(path: object) -> str:
        return Path(os.path.relpath(Path(str(path)).resolve(), folder.resolve())).as_posix()

    values = dict(parameters)
    if values.get("findings_path"):
        values["findings_path"] = relative(values["findings_path"])
    paths = values.get("paths")
    if isinstance(paths, (list, tuple)):
        values["paths"] = [relative(p) for p in paths]
    lines = [
        "# Parameters set by `briefing run`, relative to this notebook's folder. This copy shows",
        "# the findings saved beside it; to analyse other articles, set findings_path = None",
        "# and change paths (and sides).",
    ]
    lines += [f"{key} = {value!r}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


def _workers(jobs: int | None, count: int) -> int:
    """How many notebooks run at once: ``jobs``, or one per CPU, never more than ``count``."""
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise UserError(f"jobs must be 1 or more (1 runs one notebook at a time), got {jobs}")
    return max(1, min(jobs, count))


_KERNELS: weakref.WeakSet[AsyncKernelManager] = weakref.WeakSet()  # kernel managers of the notebooks now running


@functools.lru_cache(maxsize=1)
def _tracked_kernel_manager() -> type[AsyncKernelManager]:
    """nbclient's kernel manager, remembering each kernel it starts.

    Kernels run in their own process group, so Ctrl-C reaches only this process; the
    runner then stops the kernels itself (:func:`_kill_running_kernels`) instead of
    waiting for their notebooks to finish. Each kernel gets ``MATPLOTLIBRC`` pointing at
    a file that turns mathtext off (``text.parse_math: False``), unless the user set it:
    an article named ``$\\bad$ cost.txt`` is drawn as written, not parsed as TeX.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    class TrackedKernelManager(AsyncKernelManager):
        matplotlibrc = Unicode("", help="MATPLOTLIBRC for the kernel").tag(config=True)

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: object) -> None:
            if self.matplotlibrc:
                env = dict(kw.get("env") or os.environ)  # type: ignore[call-overload]
                env.setdefault("MATPLOTLIBRC", str(self.matplotlibrc))
                kw["env"] = env
            await super()._async_launch_kernel(kernel_cmd, **kw)

        async def _async_post_start_kernel(self, **kw: object) -> None:
            await super()._async_post_start_kernel(**kw)
            _KERNELS.add(self)

    return TrackedKernelManager


def _kill_running_kernels() -> None:
    """Kill every kernel still running (their notebooks then fail at once)."""
    import signal

    for manager in list(_KERNELS):
        provisioner = getattr(manager, "provisioner", None)
        process = getattr(provisioner, "process", None)
        if process is None or process.poll() is not None:
            continue
        try:
            pgid = getattr(provisioner, "pgid", None)
            if pgid and hasattr(os, "killpg"):
                os.killpg(pgid, signal.SIGKILL)
            else:
                process.kill()
        except OSError:
            pass  # already gone


_MAX_SOCKET_PATH = 100  # a Unix socket path may have 107 bytes on Linux, 103 on macOS
_SOCKET_DIR_PREFIX = "briefing-kernel-"


def _socket_fits(folder: str, *, made: bool = True) -> bool:
    """Whether the kernel's socket paths fit, in ``folder`` (or in a socket folder made in it)."""
    if not made:  # tempfile adds 8 characters to the prefix
        folder = os.path.join(folder, _SOCKET_DIR_PREFIX + "x" * 8)
    return len(os.path.join(folder, "kernel-99999")) <= _MAX_SOCKET_PATH


def _socket_parent() -> str | None:
    """Where kernel sockets go: the temporary folder, or /tmp when its path is too long."""
    if not _socket_fits(tempfile.gettempdir(), made=False) and os.path.isdir("/tmp") \
            and os.access("/tmp", os.W_OK):
        return "/tmp"
    return None


def _render_notebook(
    notebook: Path,
    *,
    out: Path,
    parameters: Mapping[str, object],
    title: str,
    pages: Sequence[tuple[str, str]],
    final: Path | None = None,
) -> NotebookResult:
    """Execute one notebook with papermill and write its reader and classroom pages.

    ``out`` is the folder being built; ``final`` the folder it becomes (the paths shown in
    the pages name it). Every file is written to a temporary name first and moved into
    place, so a failure leaves an earlier report untouched; the failure comes back as the
    result's ``error``. The kernel's connection file and sockets live in a private
    temporary folder, removed when the notebook is done.
    """
    import nbformat
    import papermill
    from traitlets.config import Config

    final = final or out
    name = notebook.stem
    executed = out / "notebooks" / notebook.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    tmp = executed.with_name(f".running-{notebook.name}")
    try:
        with tempfile.TemporaryDirectory(prefix=_SOCKET_DIR_PREFIX, dir=_socket_parent()) as sockets:
            # talk to the kernel over private Unix sockets, not unencrypted local TCP ports;
            # where a socket path would be too long (or on Windows), over local TCP as usual
            config = Config()
            # jupyter_client interrupts every kernel before shutting it down; ipykernel may log
            # that as an ERROR on our stderr. Cell errors reach us through nbclient anyway.
            config.NotebookClient.extra_arguments = ["--IPKernelApp.log_level=CRITICAL"]
            config.KernelManager.connection_file = os.path.join(sockets, "kernel.json")
            rcfile = os.path.join(sockets, "matplotlibrc")
            with open(rcfile, "w", encoding="utf-8") as handle:
                handle.write("text.parse_math: False\n")
            config.TrackedKernelManager.matplotlibrc = rcfile
            if os.name == "posix" and _socket_fits(sockets):
                config.KernelManager.transport = "ipc"
                config.KernelManager.ip = os.path.join(sockets, "kernel")
            papermill.execute_notebook(
                str(notebook),
                str(tmp),
                parameters=parameters,
                # the kernel starts in the notebook's folder; papermill's own ``cwd=`` would
                # chdir this whole process, which the other worker threads would feel
                resources={"metadata": {"path": str(notebook.parent)}},
                config=config,
                kernel_manager_class=_tracked_kernel_manager(),
                progress_bar=False,
                log_output=False,
                kernel_name="python3",
            )
        # the saved notebook and its pages carry paths relative to where the notebook ends
        # up, never a path of the machine that built it
        nb = nbformat.read(tmp, as_version=4)  # type: ignore[no-untyped-call]
        for cell in nb.cells:
            if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                saved = {**parameters, "findings_path": str(final / "findings.json")}
                cell.source = portable_parameters(saved, folder=final / "notebooks")
        nbformat.write(nb, tmp)  # type: ignore[no-untyped-call]
        here = f"{name}.html"
        label = dict(pages)[here]  # read once, by run_briefing
        reader = _export(nb, with_code=False, title=f"{title}: {label}", pages=pages, current=here)
        classroom = _export(nb, with_code=True, title=f"{title}: {label} (classroom)",
                            pages=pages, current=here)
    except Exception as exc:  # a failing notebook must not stop the others
        tmp.unlink(missing_ok=True)
        return NotebookResult(name, None, None, None, _cell_error(exc, notebook.name))
    reader_path = out / "reader" / f"{name}.html"
    classroom_path = out / "classroom" / f"{name}.html"
    write_atomic(reader_path, reader)
    write_atomic(classroom_path, classroom)
    os.replace(tmp, executed)
    return NotebookResult(name, str(final / "reader" / reader_path.name),
                          str(final / "classroom" / classroom_path.name), str(final / "notebooks" / executed.name))


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold the lock of output folder ``out`` (``.NAME.lock`` beside it), or raise UserError.

    The lock file is removed on the way out; a run that finds its lock file replaced
    meanwhile takes the new one (the usual flock-and-check-the-inode pattern).
    """
    import fcntl

    path = out.parent / f".{out.name}.lock"
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise UserError(f"cannot write --out {out}: {exc.strerror or exc} in {out.parent}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UserError(f"another briefing run is writing to {out} (--out DIR); "
                            "wait for it to finish or choose another --out DIR") from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _link_or_copy(src: str, dst: str) -> None:
    """Hard-link ``src`` to ``dst`` (every output is replaced, never written in place), else copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _begin(out: Path) -> Path:
    """A fresh building folder beside ``out``: a copy of the earlier report, if any.

    Leftovers of a run that was killed are removed first (the lock is held), and so is an
    earlier run's error log.
    """
    building = out.parent / f".{out.name}.building"
    for stale in (building, out.parent / f".{out.name}.old"):
        if stale.exists() or stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
    if out.is_dir():
        shutil.copytree(out, building, symlinks=True, copy_function=_link_or_copy,
                        ignore=lambda folder, names: [ERROR_LOG] if Path(folder) == out else [])
    else:
        building.mkdir()
    return building


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(done == 0)


def _finish(building: Path, out: Path) -> None:
    """Put the built folder in place of ``out`` and remove the earlier one.

    Ctrl-C and SIGTERM arriving meanwhile take effect once the swap is done.
    """
    with _signals_held():
        if not out.exists():
            os.rename(building, out)
        elif _exchange(building, out):
            shutil.rmtree(building, ignore_errors=True)
        else:
            previous = out.parent / f".{out.name}.old"
            os.rename(out, previous)
            os.rename(building, out)
            shutil.rmtree(previous, ignore_errors=True)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM (in the main thread) until the block is done, then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[signal.Signals | int] = []
    kinds = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, lambda signum, _frame: arrived.append(signum)) for sig in kinds}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for signum in dict.fromkeys(arrived):
            signal.raise_signal(signum)


def run_briefing(
    paths: Sequence[str | os.PathLike[str]],
    *,
    out_dir: str | os.PathLike[str] = "reports",
    sides: Sequence[str] = DEFAULT_SIDES,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    gazetteer: Sequence[str | os.PathLike[str]] | None = None,
    cues: Sequence[str | os.PathLike[str]] | None = None,
    notebooks_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
    on_error: Callable[[str], None] | None = None,
    jobs: int | None = None,
    cache: bool = True,
    findings_progress: Report = quiet,
    pdf: bool = True,
    on_note: Callable[[str], None] | None = None,
) -> RunResult:
    """Compute the findings once, run every notebook, and write the HTML reports.

    Notebooks run ``jobs`` at a time (default: one per CPU), each in its own kernel; the
    results and error messages come back in notebook order whatever finishes first. A file
    in the notebooks folder that is not a valid notebook is named and skipped like a
    failing one. Everything is built beside ``out_dir`` and swapped into place at the end
    (see the module's docstring); ``out_dir``'s parent folder must exist. ``cache=False``
    parses every article again instead of reading the parse cache. ``findings_progress``
    hears how the findings' long stages advance (:mod:`analysis.progress`). Besides the
    pages, the reader pages are joined into ``briefing.html`` and, with ``pdf`` and a
    Chromium on the machine, printed to ``briefing.pdf`` (:mod:`analysis.onefile`);
    ``on_note`` hears why the PDF was not written when it was not.
    """
    import nbconvert  # noqa: F401 - imported here, once, rather than by the worker threads at once

    from analysis.htmlpage import index_page

    notebooks = [nb.resolve() for nb in list_notebooks(notebooks_dir or default_notebooks_dir())]
    out = Path(out_dir).resolve()  # absolute: nothing may depend on the working directory
    if not out.parent.is_dir():
        raise UserError(f"cannot write --out {out_dir}: the folder {out.parent} does not exist")
    if out.exists() and not out.is_dir():
        raise UserError(f"cannot write --out {out_dir}: it is a file, not a folder")
    labels: dict[Path, str] = {}
    broken: dict[Path, str] = {}
    for nb in notebooks:
        try:
            labels[nb] = page_label(nb)
        except ValueError as exc:
            broken[nb] = str(exc)
    runnable = [nb for nb in notebooks if nb in labels]
    workers = _workers(jobs, max(1, len(runnable)))
    with _locked(out):
        # exclude: a report inside an input folder is not input
        findings = build_findings(paths, sides=sides, max_bytes=max_bytes, gazetteer=gazetteer, cues=cues,
                                  exclude=[out], cache=cache, progress=findings_progress)
        if title is None:  # from the story: its main version family's headline (analysis.labels)
            from analysis.labels import story_title

            title = story_title(findings.to_dict())
        building = _begin(out)
        try:
            results = _render_all(
                findings, building=building, out=out, paths=paths, title=title, notebooks=notebooks,
                labels=labels, broken=broken, workers=workers, progress=progress,
                on_error=on_error,
            )
            pages = {f"{nb.stem}.html": label for nb, label in labels.items()}
            written = _one_file(building, title, [(f"{nb.stem}.html", labels[nb]) for nb in runnable],
                                pdf=pdf, on_note=on_note)
            write_atomic(building / "index.html", index_page(title, findings, results, pages, one_file=written))
            _finish(building, out)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
    return RunResult(str(out), findings, tuple(results), str(out / "index.html"),
                     str(out / "briefing.html") if "briefing.html" in written else None,
                     str(out / "briefing.pdf") if "briefing.pdf" in written else None)


def _one_file(building: Path, title: str, pages: Sequence[tuple[str, str]], *, pdf: bool,
              on_note: Callable[[str], None] | None) -> list[str]:
    """Write ``briefing.html`` (and ``briefing.pdf``) from the reader pages in ``building``;
    the names written. An earlier report's single files are removed first: they would not
    match these pages."""
    from analysis.onefile import one_page, print_pdf

    for name in ("briefing.html", "briefing.pdf"):
        (building / name).unlink(missing_ok=True)
    found = [(name, label, (building / "reader" / name).read_text(encoding="utf-8"))
             for name, label in pages if (building / "reader" / name).is_file()]
    if not found:
        return []
    write_atomic(building / "briefing.html", one_page(found, title=title))
    written = ["briefing.html"]
    if pdf:
        problem = print_pdf(building / "briefing.html", building / "briefing.pdf")
        if problem is None:
            written.append("briefing.pdf")
        elif on_note is not None:
            on_note(problem)
    return written


def _render_all(
    findings: Findings,
    *,
    building: Path,
    out: Path,
    paths: Sequence[str | os.PathLike[str]],
    title: str,
    notebooks: Sequence[Path],
    labels: Mapping[Path, str],
    broken: Mapping[Path, str],
    workers: int,
    progress: bool,
    on_error: Callable[[str], None] | None,
) -> list[NotebookResult]:
    """Write ``findings.json`` into ``building`` and render every notebook there, in order."""
    from papermill.iorw import local_file_io_cwd
    from tqdm import tqdm  # type: ignore[import-untyped]

    findings_path = building / "findings.json"
    write_atomic(findings_path, findings.to_json())
    parameters: dict[str, object] = {
        "findings_path": str(findings_path),
        "paths": [str(Path(p).resolve()) for p in paths],
        "sides": list(findings.sides),
        "title": title,
    }
    runnable = [nb for nb in notebooks if nb not in broken]
    pages = [(f"{nb.stem}.html", labels[nb]) for nb in runnable]

    def render(notebook: Path) -> NotebookResult:
        return _render_notebook(notebook, out=building, parameters=parameters, title=title, pages=pages,
                                final=out)

    results: list[NotebookResult] = []
    # papermill sets its (process-wide) file handler's folder around each notebook; set it
    # here once, so that the worker threads all set and restore the same value
    bar = tqdm(total=len(notebooks), desc="briefing", unit="notebook", disable=not progress)
    with local_file_io_cwd(), bar, \
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="briefing") as pool:
        # map keeps the notebook order, so messages and results do not depend on timing
        rendered = pool.map(render, runnable)
        try:
            for notebook in notebooks:
                if notebook in broken:
                    result = NotebookResult(notebook.stem, None, None, None, broken[notebook])
                else:
                    result = next(rendered)
                if result.error and on_error:
                    on_error(result.error)
                results.append(result)
                bar.update()
        except KeyboardInterrupt:
            # the notebooks not started are cancelled by map; stop the running ones now
            # rather than wait for them (earlier reports stay as they were)
            _kill_running_kernels()
            raise
    return results
