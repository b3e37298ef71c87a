"""A notebook client that keeps every output the Deno kernel sends, even late ones.

Deno's Jupyter kernel (2.9.6) can publish a cell's last stream or result message after the
status message that marks the cell as finished, and it stamps such a message with the request
that is current when it is sent: once the next cell has started, that is the next cell's. nbclient
stops reading a cell at that status, so such an output went missing, or landed in the next cell,
in about one run in ten. This client therefore:
- waits after each code cell until the kernel has been quiet for a moment before it sends the
  next request, so that late messages still carry their own cell's request;
- routes each message to the cell whose request it answers, whenever it arrives, and moves an
  execute_result whose execution count names another cell to that cell;
- waits until the kernel's broadcast channel is connected before the first cell, because
  messages sent before the subscription is in place are lost.
"""

import queue
import time

from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete

# How long the kernel must stay silent after a code cell before the next one starts, and after
# the last cell before the outputs count as complete.
QUIET_SECONDS = 0.25
LAST_QUIET_SECONDS = 0.5
# How long to wait for a status message before asking the kernel again at start-up.
PROBE_SECONDS = 0.5


class OrderedClient(NotebookClient):
    """A NotebookClient that attaches late messages to their cell and names the running cell."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_index = -1
        self._cells_by_request = {}
        self._cells_by_count = {}
        self.on_cell_start = self._remember

    def _remember(self, cell, cell_index):
        self.current_index = cell_index

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        await self._async_wait_for_broadcasts(kc)
        return kc

    async def _async_wait_for_broadcasts(self, kc):
        """Send kernel_info requests until their busy/idle status arrives on the iopub channel."""
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            request = kc.kernel_info()
            until = time.monotonic() + PROBE_SECONDS
            while time.monotonic() < until:
                try:
                    msg = await kc.iopub_channel.get_msg(timeout=PROBE_SECONDS)
                except queue.Empty:
                    break
                if msg["parent_header"].get("msg_id") == request:
                    await self._async_drain(0.1)
                    return
        raise TimeoutError(f"the kernel's iopub channel stayed silent for {self.startup_timeout} s")

    def _route_late(self, msg):
        """Add a message for an earlier cell to that cell's outputs; ignore any other message."""
        known = self._cells_by_request.get(msg["parent_header"].get("msg_id"))
        if known is None:
            return
        try:
            self._process(msg, *known)
        except CellExecutionComplete:
            pass

    def _process(self, msg, cell, cell_index):
        """Process a message for a cell, or for the cell its execution count names."""
        if msg["msg_type"] == "execute_input":
            self._cells_by_count[msg["content"].get("execution_count")] = (cell, cell_index)
        elif msg["msg_type"] == "execute_result":
            owner = self._cells_by_count.get(msg["content"].get("execution_count"))
            if owner is not None and owner[1] != cell_index:
                cell, cell_index = owner
        self.process_message(msg, cell, cell_index)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        # Replaces nbclient 0.11's loop, which drops messages of earlier cells.
        self._cells_by_request[parent_msg_id] = (cell, cell_index)
        while True:
            msg = await self.kc.iopub_channel.get_msg(timeout=None)
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                self._route_late(msg)
                continue
            try:
                self._process(msg, cell, cell_index)
            except CellExecutionComplete:
                return

    async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
        result = await super().async_execute_cell(cell, cell_index, *args, **kwargs)
        if cell_index == len(self.nb.cells) - 1:
            await self._async_drain(LAST_QUIET_SECONDS)
        elif cell.cell_type == "code":
            await self._async_drain(QUIET_SECONDS)
        return result

    async def _async_drain(self, quiet):
        """Handle broadcast messages until none has arrived for `quiet` seconds."""
        while True:
            try:
                msg = await self.kc.iopub_channel.get_msg(timeout=quiet)
            except queue.Empty:
                return
            self._route_late(msg)
