<?php
/**
 * Uninstalling removes the plugin's one option, on every site of a network: it stores nothing
 * else.
 *
 * @package ketamine-explainer
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $ketamine_explainer_site ) {
		switch_to_blog( $ketamine_explainer_site );
		delete_option( 'ketamine_explainer' );
		restore_current_blog();
	}
} else {
	delete_option( 'ketamine_explainer' );
}
