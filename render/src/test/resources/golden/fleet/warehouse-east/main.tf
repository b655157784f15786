# The cluster of site warehouse-east, written by edge-site from its inventory. The provider
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
  project_name = "warehouses"
}

data "spectrocloud_cluster_profile" "profile" {
  name    = "warehouse-edge"
  version = "2.0.1"
  context = "tenant"
}

resource "spectrocloud_cluster_edge_native" "site" {
  name = "warehouse-east"

  cluster_profile {
    id = data.spectrocloud_cluster_profile.profile.id
  }

  cloud_config {
    vip                 = "10.60.0.100"
    ntp_servers         = ["pool.ntp.org"]
    ssh_keys            = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForDocs operator@example"]
    is_two_node_cluster = true
  }

  machine_pool {
    name                    = "control-plane-pool"
    control_plane           = true
    control_plane_as_worker = true

    edge_host {
      host_uid  = "wh-east-1"
      host_name = "wh-east-1"
    }

    edge_host {
      host_uid  = "wh-east-2"
      host_name = "wh-east-2"
    }
  }
}
