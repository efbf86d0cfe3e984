#!/bin/sh
# The demo's storage CLI: replays answers of `gluster --xml` recorded from the lab's real GlusterFS
# volume (healthy). Actions change nothing here and say so.
dir=$(dirname "$0")
case "$*" in
  "--xml volume info vmstore") cat "$dir/gluster-volume-info-vmstore.xml" ;;
  "--xml volume status vmstore") cat "$dir/gluster-volume-status-vmstore.xml" ;;
  "--xml volume heal vmstore info summary") cat "$dir/gluster-volume-heal-vmstore-info-summary.xml" ;;
  "--xml volume get vmstore all") cat "$dir/gluster-volume-get-vmstore-all.xml" ;;
  *) echo "demo: these are recorded answers from the lab; '$*' is not run here (open the lab to act on a real volume)" >&2; exit 1 ;;
esac
