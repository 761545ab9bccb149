"""Run the briefing notebooks and render them to HTML.

The findings are computed once and written as ``findings.json``; every notebook then runs
under papermill with ``findings_path`` injected as a parameter, and nbconvert exports each
executed notebook twice: a reader version without code and a classroom version with it.
Every output is written to a temporary file and moved into place, so a failed notebook
never destroys an earlier report; the other notebooks still render.
"""

from __future__ import annotations

import functools
import os
import tempfile
import threading
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from analysis.findings import DEFAULT_SIDES, Findings, build_findings, write_atomic
from analysis.ingest import DEFAULT_MAX_BYTES

__all__ = ["NotebookResult", "RunResult", "default_notebooks_dir", "list_notebooks", "run_briefing"]

_REPO_NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


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
        raise ValueError(f"notebooks folder {folder} does not exist; pass --notebooks DIR")
    found = sorted(p for p in folder.glob("[0-9]*.ipynb") if not p.name.startswith("."))
    if not found:
        raise ValueError(f"no notebooks named NN-name.ipynb in {folder}")
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
    """A notebook's title: the text of its first level-one heading, else its name."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return notebook.stem


_EXPORTERS = threading.local()


def _exporter(with_code: bool):  # -> nbconvert.HTMLExporter
    """One HTML exporter per kind of page and per thread, reused.

    An exporter compiles nbconvert's Jinja templates on first use (about a tenth of a
    second); reusing it spares that for every page after the first.
    """
    by_kind = _EXPORTERS.__dict__.setdefault("by_kind", {})
    if with_code not in by_kind:
        from nbconvert import HTMLExporter

        exporter = HTMLExporter(template_name="lab")
        exporter.exclude_input = not with_code
        exporter.exclude_input_prompt = not with_code
        exporter.exclude_output_prompt = True
        by_kind[with_code] = exporter
    return by_kind[with_code]


def _export(
    executed: Path,
    *,
    with_code: bool,
    title: str,
    pages: Sequence[tuple[str, str]] = (),
    current: str | None = None,
) -> str:
    import nbformat

    from analysis.htmlpage import finish_html

    notebook = nbformat.read(executed, as_version=4)
    for cell in notebook.cells:  # papermill gives the cell it adds a random id; pages must not vary
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    body, _ = _exporter(with_code).from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return finish_html(body, pages=pages, current=current)


def _workers(jobs: int | None, count: int) -> int:
    """How many notebooks run at once: ``jobs``, or one per CPU, never more than ``count``."""
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more (1 runs one notebook at a time), got {jobs}")
    return max(1, min(jobs, count))


_KERNELS: weakref.WeakSet = weakref.WeakSet()  # kernel managers of the notebooks now running


@functools.lru_cache(maxsize=1)
def _tracked_kernel_manager():  # -> type[AsyncKernelManager]
    """nbclient's kernel manager, remembering each kernel it starts.

    Kernels run in their own process group, so Ctrl-C reaches only this process; the
    runner then stops the kernels itself (:func:`_kill_running_kernels`) instead of
    waiting for their notebooks to finish.
    """
    from jupyter_client.manager import AsyncKernelManager

    class TrackedKernelManager(AsyncKernelManager):
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
    parameters: dict[str, object],
    title: str,
    pages: Sequence[tuple[str, str]],
) -> NotebookResult:
    """Execute one notebook with papermill and write its reader and classroom pages.

    Every file is written to a temporary name first and moved into place, so a failure
    leaves an earlier report untouched; the failure comes back as the result's ``error``.
    """
    import papermill
    from traitlets.config import Config

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
        here = f"{name}.html"
        label = dict(pages)[here]  # read once, by run_briefing
        reader = _export(tmp, with_code=False, title=f"{title}: {label}", pages=pages, current=here)
        classroom = _export(tmp, with_code=True, title=f"{title}: {label} (classroom)",
                            pages=pages, current=here)
    except Exception as exc:  # a failing notebook must not stop the others
        tmp.unlink(missing_ok=True)
        return NotebookResult(name, None, None, None, _cell_error(exc, notebook.name))
    reader_path = out / "reader" / f"{name}.html"
    classroom_path = out / "classroom" / f"{name}.html"
    write_atomic(reader_path, reader)
    write_atomic(classroom_path, classroom)
    os.replace(tmp, executed)
    return NotebookResult(name, str(reader_path), str(classroom_path), str(executed))


def run_briefing(
    paths: Sequence[str | os.PathLike[str]],
    *,
    out_dir: str | os.PathLike[str] = "reports",
    sides: Sequence[str] = DEFAULT_SIDES,
    title: str = "Briefing",
    max_bytes: int = DEFAULT_MAX_BYTES,
    gazetteer: Sequence[str | os.PathLike[str]] | None = None,
    cues: Sequence[str | os.PathLike[str]] | None = None,
    notebooks_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
    on_error: Callable[[str], None] | None = None,
    jobs: int | None = None,
) -> RunResult:
    """Compute the findings once, run every notebook, and write the HTML reports.

    Notebooks run ``jobs`` at a time (default: one per CPU), each in its own kernel; the
    results and error messages come back in notebook order whatever finishes first.
    """
    import nbconvert  # noqa: F401 - imported here, once, rather than by the worker threads at once
    from papermill.iorw import local_file_io_cwd
    from tqdm import tqdm

    from analysis.htmlpage import index_page

    notebooks = [nb.resolve() for nb in list_notebooks(notebooks_dir or default_notebooks_dir())]
    workers = _workers(jobs, len(notebooks))
    out = Path(out_dir).resolve()  # absolute: nothing may depend on the working directory
    out.mkdir(parents=True, exist_ok=True)
    findings = build_findings(paths, sides=sides, max_bytes=max_bytes, gazetteer=gazetteer, cues=cues)
    findings_path = out / "findings.json"
    write_atomic(findings_path, findings.to_json())
    parameters = {
        "findings_path": str(findings_path.resolve()),
        "paths": [str(Path(p).resolve()) for p in paths],
        "sides": list(findings.sides),
        "title": title,
    }
    pages = [(f"{nb.stem}.html", page_label(nb)) for nb in notebooks]

    def render(notebook: Path) -> NotebookResult:
        return _render_notebook(notebook, out=out, parameters=parameters, title=title, pages=pages)

    results: list[NotebookResult] = []
    # papermill sets its (process-wide) file handler's folder around each notebook; set it
    # here once, so that the worker threads all set and restore the same value
    with local_file_io_cwd(), \
            tqdm(total=len(notebooks), desc="briefing", unit="notebook", disable=not progress) as bar, \
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="briefing") as pool:
        # map keeps the notebook order, so messages and results do not depend on timing
        try:
            for result in pool.map(render, notebooks):
                if result.error and on_error:
                    on_error(result.error)
                results.append(result)
                bar.update()
        except KeyboardInterrupt:
            # the notebooks not started are cancelled by map; stop the running ones now
            # rather than wait for them (earlier reports stay as they were)
            _kill_running_kernels()
            raise
    index_path = out / "index.html"
    write_atomic(index_path, index_page(title, findings, results, dict(pages)))
    return RunResult(str(out), findings, tuple(results), str(index_path))
