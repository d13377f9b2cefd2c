"""The ``eventwire`` command.

Exit codes (stable, for scripts):
  0  every input was coded (or the command succeeded)
  1  some inputs failed; each is named on stderr with the reason
  2  usage error (bad option, missing argument)
  3  environment error (the spaCy model is not installed, a data file is broken)
"""

from __future__ import annotations

import typer

from . import code as code_cmd
from . import eval as eval_cmd
from . import export as export_cmd
from . import ingest as ingest_cmd
from . import query as query_cmd
from . import serve as serve_cmd
from . import stats as stats_cmd
from . import watch as watch_cmd

app = typer.Typer(
    name="eventwire",
    help=(
        "Turn news articles into political event data (PLOVER/CAMEO) with evidence.\n\n"
        "Start with:  eventwire code examples --format table\n\n"
        "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 environment error."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.command("code")(code_cmd.command)
app.command("ingest")(ingest_cmd.command)
app.command("query")(query_cmd.command)
app.command("export")(export_cmd.command)
app.command("stats")(stats_cmd.command)
app.command("watch")(watch_cmd.command)
app.command("serve")(serve_cmd.command)
app.command("eval")(eval_cmd.command)


@app.callback()
def _root() -> None:
    """eventwire: political event data from news articles."""


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
