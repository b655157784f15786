# The cluster of site store-0042, written by edge-site from its inventory. The provider
# reads its API key from the SPECTROCLOUD_APIKEY environment variable.
terraform {
  required_providers {
    spectrocloud = {
      source  = "spectrocloud/spectrocloud"
      version = "~> 0.29"
    }
  }
}

provider "spectrocloud" {
  host         = "api.spectrocloud.com"
  project_name = "retail-stores"
}

data "spectrocloud_cluster_profile" "profile" {
  name    = "retail-edge"
  version = "1.4.0"
  context = "project"
}

resource "spectrocloud_cluster_edge_native" "site" {
  name = "store-0042"

  cluster_profile {
    id = data.spectrocloud_cluster_profile.profile.id
  }

  cloud_config {
    vip         = "10.1.10.250"
    ntp_servers = ["pool.ntp.org"]
    ssh_keys    = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForDocs operator@example"]
  }

  machine_pool {
    name                    = "control-plane-pool"
    control_plane           = true
    control_plane_as_worker = true

    edge_host {
      host_uid  = "store-0042-edge"
      host_name = "store-0042-edge"
    }
  }
}
