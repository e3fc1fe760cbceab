<?php
/**
 * Settings → Ketamine explainer, through the Settings API: options.php checks the capability
 * (manage_options) and the form's nonce before anything is saved; every value is checked on
 * save and escaped on output.
 *
 * @package ketamine-explainer
 */

defined( 'ABSPATH' ) || exit;

const KETAMINE_EXPLAINER_PAGE = 'ketamine-explainer';

/** Registers the option, its checks and the page's fields. */
function ketamine_explainer_admin_init() {
	register_setting(
		'ketamine_explainer',
		KETAMINE_EXPLAINER_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ketamine_explainer_sanitize',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'ketamine_explainer_clinic', esc_html__( 'Your clinic', 'ketamine-explainer' ), 'ketamine_explainer_section_intro', KETAMINE_EXPLAINER_PAGE );
	foreach ( ketamine_explainer_fields() as $name => $field ) {
		add_settings_field(
			'ketamine_explainer_' . $name,
			esc_html( $field[1] ),
			'ketamine_explainer_field',
			KETAMINE_EXPLAINER_PAGE,
			'ketamine_explainer_clinic',
			array(
				'label_for' => 'ketamine-explainer-' . $name,
				'name'      => $name,
				'kind'      => $field[0],
			)
		);
	}
	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content(
			__( 'Ketamine explainer', 'ketamine-explainer' ),
			'<p>' . esc_html__( 'The ketamine explainer on this site collects nothing: it sets no cookies or storage, sends nothing anywhere, and loads only its own files from this site.', 'ketamine-explainer' ) . '</p>'
		);
	}
}

/** Adds the page under Settings, for users who may manage options. */
function ketamine_explainer_admin_menu() {
	add_options_page(
		__( 'Ketamine explainer', 'ketamine-explainer' ),
		__( 'Ketamine explainer', 'ketamine-explainer' ),
		'manage_options',
		KETAMINE_EXPLAINER_PAGE,
		'ketamine_explainer_page'
	);
}

/**
 * Checks each value as the widget would. A value that fails is not saved (the one saved before
 * stays) and the page says why, naming the setting.
 *
 * @param mixed $input The submitted values (already unslashed by options.php).
 */
function ketamine_explainer_sanitize( $input ) {
	$input = is_array( $input ) ? $input : array();
	$old   = ketamine_explainer_settings();
	$clean = array();
	foreach ( ketamine_explainer_fields() as $name => $field ) {
		list( $kind, $label ) = $field;
		$value                = isset( $input[ $name ] ) && is_string( $input[ $name ] ) ? trim( $input[ $name ] ) : '';
		if ( 'flag' === $kind ) {
			$clean[ $name ] = '' === $value ? '' : '1';
			continue;
		}
		$problem = ketamine_explainer_problem( $kind, $name, $value );
		$kept    = 'text' === $kind ? __( 'it was saved as plain text, one line, up to 120 characters', 'ketamine-explainer' ) : __( 'it was not saved (the value before stays)', 'ketamine-explainer' );
		if ( '' !== $problem ) {
			/* translators: 1: setting, 2: the value entered, 3: what is wrong with it, 4: what was done. */
			$message = sprintf( __( '%1$s: "%2$s" %3$s; %4$s.', 'ketamine-explainer' ), $label, $value, $problem, $kept );
			// settings_errors() prints messages as HTML: the value goes in escaped.
			add_settings_error( KETAMINE_EXPLAINER_OPTION, 'ketamine-explainer-' . $name, esc_html( $message ), 'text' === $kind ? 'warning' : 'error' );
		}
		if ( 'text' === $kind ) {
			$clean[ $name ] = ketamine_explainer_plain_text( $value );
		} else {
			$clean[ $name ] = '' === $problem ? $value : $old[ $name ];
		}
	}
	return $clean;
}

/** The section's introduction: where the widget goes, and what the settings are for. */
function ketamine_explainer_section_intro() {
	echo '<p>' . esc_html__( 'These details appear in every ketamine explainer on this site, after the last step of each view. A block or shortcode can change any of them for its own page.', 'ketamine-explainer' ) . '</p>';
}

/**
 * One setting's input, with its saved value escaped.
 *
 * @param array $args name, kind and label_for, from add_settings_field.
 */
function ketamine_explainer_field( $args ) {
	$name  = $args['name'];
	$value = ketamine_explainer_settings()[ $name ];
	$id    = $args['label_for'];
	$field = KETAMINE_EXPLAINER_OPTION . '[' . $name . ']';
	if ( 'flag' === $args['kind'] ) {
		printf( '<input type="checkbox" id="%s" name="%s" value="1" %s>', esc_attr( $id ), esc_attr( $field ), checked( $value, '1', false ) );
		return;
	}
	if ( 'choice' === $args['kind'] ) {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $field ) );
		foreach ( ketamine_explainer_choices( $name ) as $choice => $label ) {
			printf( '<option value="%s" %s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
		return;
	}
	$type = 'url' === $args['kind'] ? 'url' : ( 'phone' === $args['kind'] ? 'tel' : 'text' );
	printf( '<input type="%s" class="regular-text" id="%s" name="%s" value="%s">', esc_attr( $type ), esc_attr( $id ), esc_attr( $field ), esc_attr( $value ) );
}

/** The settings page: the form, and how to put the widget on a page. */
function ketamine_explainer_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'To show the explainer, add the "Ketamine explainer" block to a post or page, or, in the classic editor and page builders, this shortcode:', 'ketamine-explainer' ) . '</p>';
	echo '<p><code>[ketamine_explainer view="ssri" lang="es" booking_url="https://…"]</code></p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'ketamine_explainer' );
	do_settings_sections( KETAMINE_EXPLAINER_PAGE );
	submit_button();
	echo '</form>';
	echo '<p>' . esc_html__( 'Privacy: the explainer collects nothing, sets no cookies or storage and loads only its own files from this site. This plugin stores only these settings; uninstalling it removes them.', 'ketamine-explainer' ) . '</p></div>';
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 */
function ketamine_explainer_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . KETAMINE_EXPLAINER_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ketamine-explainer' ) . '</a>' );
	return $links;
}
