# Sourced by the scripts: keep turbo quiet and off the network (this machine has none but the registries).
export TURBO_TELEMETRY_DISABLED=1
export TURBO_NO_UPDATE_NOTIFIER=1
export DO_NOT_TRACK=1
